package org.ecdp.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.web.shell.Messages;

/**
 * The account form on the users page: a new account (username and first password) or an
 * existing one being edited (its name, roles and services, and optionally a new password).
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field's message goes on the page. */
    static final Map<String, String> FIELDS = Map.of("username", "userForm:username", "displayName", "userForm:displayName",
            "password", "userForm:password", "roles", "userForm:roles", "services", "userForm:services");

    /** The account being edited; null for a new one. */
    private String editing;
    private String username;
    private String displayName;
    private String password;
    private ArrayList<Role> roles = new ArrayList<>();
    private ArrayList<String> serviceCodes = new ArrayList<>();

    /** Opens the form on an existing account, with no new password. */
    void edit(PortalUser user) {
        editing = user.getUsername();
        username = user.getUsername();
        displayName = user.getDisplayName();
        password = null;
        roles = new ArrayList<>(user.getRoles());
        serviceCodes = new ArrayList<>(user.getServices().stream().map(Service::getCode).toList());
    }

    /** Empties the form for a new account. */
    void startNew() {
        editing = null;
        username = displayName = password = null;
        roles = new ArrayList<>();
        serviceCodes = new ArrayList<>();
    }

    EnumSet<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    LinkedHashSet<String> serviceSet() {
        return new LinkedHashSet<>(serviceCodes);
    }

    /** Whether a new password was typed for an existing account. */
    boolean resetsPassword() {
        return password != null && !password.isBlank();
    }

    /**
     * Creates the account, or saves the one being edited and, when a new password was typed, sets it
     * (the owner must choose their own at the next sign-in). Says what was done; InvalidInput when refused.
     */
    void save(Users users) {
        if (isCreating()) {
            users.create(username, displayName, password, roleSet(), serviceSet());
            Messages.info("User " + username + " created.");
            return;
        }
        users.update(editing, displayName, roleSet(), serviceSet());
        if (resetsPassword()) {
            users.resetPassword(editing, password);
            Messages.info("New password set: " + editing + " will be asked to choose their own when they next sign in.");
        }
        Messages.info("User " + editing + " saved.");
    }

    /** The roles an organisation's administrator may give (never the network admin's). */
    public Role[] getAllRoles() { return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.NETWORK_ADMIN).toArray(Role[]::new); }
    public boolean isCreating() { return editing == null; }
    public String getEditing() { return editing; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public List<String> getServiceCodes() { return serviceCodes; }
    public void setServiceCodes(List<String> serviceCodes) {
        this.serviceCodes = serviceCodes == null ? new ArrayList<>() : new ArrayList<>(serviceCodes);
    }
}
