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
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.web.shell.Messages;

/**
 * /admin/users.xhtml: the list of portal accounts, each disabled (after a confirmation in its
 * row) or enabled, and the {@link AccountForm} to create or edit one and reset its password. A
 * password set here must be changed by its owner at the next sign-in.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String RELOAD = "/admin/users?faces-redirect=true";

    @Inject
    Users users;

    @Inject
    Services services;

    private final AccountForm form = new AccountForm();
    private List<PortalUser> all;
    private List<Service> openServices;
    private String confirmingDisable;

    @PostConstruct
    void load() {
        all = users.all();
        openServices = services.open();
    }

    public void edit(PortalUser user) { form.edit(user); }
    public void startNew() { form.startNew(); }

    public String save() {
        return Messages.orStay(AccountForm.FIELDS, () -> {
            form.save(users);
            return RELOAD;
        });
    }

    /** Disabling is asked twice: the first click only asks for confirmation in the user's row. */
    public void askToDisable(PortalUser user) { confirmingDisable = user.getUsername(); }
    public void cancelDisable() { confirmingDisable = null; }

    public String disable(PortalUser user) {
        return Messages.orStay(Map.of(), () -> {
            users.disable(user.getUsername());
            Messages.info("User " + user.getUsername() + " disabled: they can no longer sign in.");
            return RELOAD;
        });
    }

    public String enable(PortalUser user) {
        users.enable(user.getUsername());
        Messages.info("User " + user.getUsername() + " enabled.");
        return RELOAD;
    }

    public AccountForm getForm() { return form; }
    public String getConfirmingDisable() { return confirmingDisable; }
    public List<PortalUser> getAll() { return all; }
    public List<Service> getOpenServices() { return openServices; }
}
