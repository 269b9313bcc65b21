package org.ecdp.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.web.shell.Messages;

/**
 * /admin/users.xhtml: create, edit, disable (after a confirmation) and reset passwords of
 * portal accounts. A password set here must be changed by its owner at the next sign-in.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    transient Users users;

    @Inject
    transient Services services;

    private List<PortalUser> all;
    private List<Service> openServices;

    // the form: new user when editing is null, else the user being edited
    private String editing;
    private String username;
    private String displayName;
    private String password;
    private List<Role> roles = new ArrayList<>();
    private List<String> serviceCodes = new ArrayList<>();
    private String confirmingDisable;

    @PostConstruct
    void load() {
        all = users.all();
        openServices = services.open();
    }

    public void edit(PortalUser user) {
        editing = user.getUsername();
        username = user.getUsername();
        displayName = user.getDisplayName();
        password = null;
        roles = new ArrayList<>(user.getRoles());
        serviceCodes = user.getServices().stream().map(Service::getCode).toList();
        serviceCodes = new ArrayList<>(serviceCodes);
    }

    public void startNew() {
        editing = null;
        username = displayName = password = null;
        roles = new ArrayList<>();
        serviceCodes = new ArrayList<>();
    }

    public String save() {
        try {
            if (editing == null) {
                users.create(username, displayName, password, roleSet(), new LinkedHashSet<>(serviceCodes));
                Messages.info("User " + username + " created.");
            } else {
                users.update(editing, displayName, roleSet(), new LinkedHashSet<>(serviceCodes));
                if (password != null && !password.isBlank()) {
                    users.resetPassword(editing, password);
                    Messages.info("New password set: " + editing + " will be asked to choose their own when they next sign in.");
                }
                Messages.info("User " + editing + " saved.");
            }
            return "/admin/users?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("username", "userForm:username", "displayName", "userForm:displayName",
                    "password", "userForm:password", "roles", "userForm:roles", "services", "userForm:services"));
            return null;
        }
    }

    /** Disabling is asked twice: the first click only asks for confirmation in the user's row. */
    public void askToDisable(PortalUser user) {
        confirmingDisable = user.getUsername();
    }

    public void cancelDisable() {
        confirmingDisable = null;
    }

    public String getConfirmingDisable() {
        return confirmingDisable;
    }

    public String disable(PortalUser user) {
        try {
            users.disable(user.getUsername());
            Messages.info("User " + user.getUsername() + " disabled: they can no longer sign in.");
            return "/admin/users?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    public String enable(PortalUser user) {
        users.enable(user.getUsername());
        Messages.info("User " + user.getUsername() + " enabled.");
        return "/admin/users?faces-redirect=true";
    }

    private EnumSet<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<PortalUser> getAll() {
        return all;
    }

    public List<Service> getOpenServices() {
        return openServices;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public List<String> getServiceCodes() {
        return serviceCodes;
    }

    public void setServiceCodes(List<String> serviceCodes) {
        this.serviceCodes = serviceCodes;
    }
}
