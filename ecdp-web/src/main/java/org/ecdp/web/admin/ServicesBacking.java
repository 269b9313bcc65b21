package org.ecdp.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.web.shell.Messages;

/** /admin/services.xhtml: create, rename, archive and reopen services. */
@Named
@ViewScoped
public class ServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Services services;

    private static final String RELOAD = "/admin/services?faces-redirect=true";

    private List<Service> all;
    private final ServiceForms.NewService newService = new ServiceForms.NewService();
    private final ServiceForms.Rename renameForm = new ServiceForms.Rename();

    @PostConstruct
    void load() {
        all = services.all();
    }

    public String create() {
        return Messages.orStay(ServiceForms.NewService.FIELDS, () -> {
            newService.create(services);
            return RELOAD;
        });
    }

    public void startRename(Service service) { renameForm.start(service); }

    public String rename() {
        return Messages.orStay(ServiceForms.Rename.FIELDS, () -> {
            renameForm.rename(services);
            return RELOAD;
        });
    }

    public String archive(Service service) {
        services.archive(service.getCode());
        Messages.info("Service " + service.getName() + " archived: it keeps its history but takes no new entries.");
        return RELOAD;
    }

    public String reopen(Service service) {
        services.reopen(service.getCode());
        Messages.info("Service " + service.getName() + " reopened.");
        return RELOAD;
    }

    public List<Service> getAll() { return all; }
    public ServiceForms.NewService getNewService() { return newService; }
    public ServiceForms.Rename getRenameForm() { return renameForm; }
}
