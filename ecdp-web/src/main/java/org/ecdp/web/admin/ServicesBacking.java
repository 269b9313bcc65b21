package org.ecdp.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.web.shell.Messages;

/** /admin/services.xhtml: create, rename, archive and reopen services. */
@Named
@ViewScoped
public class ServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Services services;

    private List<Service> all;
    private String code;
    private String name;
    private String renaming;
    private String newName;

    @PostConstruct
    void load() {
        all = services.all();
    }

    public String create() {
        try {
            services.create(code, name);
            Messages.info("Service " + name + " created.");
            return "/admin/services?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("code", "createForm:code", "name", "createForm:name"));
            return null;
        }
    }

    public void startRename(Service service) {
        renaming = service.getCode();
        newName = service.getName();
    }

    public String rename() {
        try {
            services.rename(renaming, newName);
            Messages.info("Service renamed to " + newName + ".");
            return "/admin/services?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("name", "renameForm:newName"));
            return null;
        }
    }

    public String archive(Service service) {
        services.archive(service.getCode());
        Messages.info("Service " + service.getName() + " archived: it keeps its history but takes no new entries.");
        return "/admin/services?faces-redirect=true";
    }

    public String reopen(Service service) {
        services.reopen(service.getCode());
        Messages.info("Service " + service.getName() + " reopened.");
        return "/admin/services?faces-redirect=true";
    }

    public List<Service> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRenaming() {
        return renaming;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
