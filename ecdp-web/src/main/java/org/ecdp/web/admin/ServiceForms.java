package org.ecdp.web.admin;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.web.shell.Messages;

/**
 * The two forms of the services page: a new service (its code, which never changes, and its
 * name) and renaming one (only the name changes; entries keep pointing at the code).
 */
public final class ServiceForms {

    private ServiceForms() {
    }

    /** A new service: a code and a name. */
    public static class NewService implements Serializable {

        private static final long serialVersionUID = 1L;
        static final Map<String, String> FIELDS = Map.of("code", "createForm:code", "name", "createForm:name");

        private String code;
        private String name;

        void create(Services services) {
            services.create(code, name);
            Messages.info("Service " + name + " created.");
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** Renaming the service whose code is {@code renaming}; null while no rename is open. */
    public static class Rename implements Serializable {

        private static final long serialVersionUID = 1L;
        static final Map<String, String> FIELDS = Map.of("name", "renameForm:newName");

        private String renaming;
        private String newName;

        void start(Service service) {
            renaming = service.getCode();
            newName = service.getName();
        }

        void rename(Services services) {
            services.rename(renaming, newName);
            Messages.info("Service renamed to " + newName + ".");
        }

        public String getRenaming() { return renaming; }
        public String getNewName() { return newName; }
        public void setNewName(String newName) { this.newName = newName; }
    }
}
