package org.ecdp.web.network;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.domain.network.boundary.OrganisationSetup;
import org.ecdp.domain.network.boundary.OrganisationSetup.NewOrganisation;
import org.ecdp.domain.organisation.entity.Organisation;

/**
 * What the network admin types to open an organisation: the organisation and its first
 * administrator. Kept as typed when the set-up refuses it, so nothing has to be typed twice.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The set-up's field names to the page's inputs, for errors beside each field. */
    static final Map<String, String> FIELDS = Map.of("code", "organisation:code", "name", "organisation:name",
            "admin.username", "organisation:adminUsername", "admin.name", "organisation:adminName",
            "admin.password", "organisation:adminPassword");

    private String code;
    private String name;
    private boolean sharesAggregates;
    private String adminUsername;
    private String adminName;
    private String adminPassword;

    Organisation open(OrganisationSetup setup) {
        return setup.open(new NewOrganisation(code, name, sharesAggregates, adminUsername, adminName, adminPassword));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isSharesAggregates() { return sharesAggregates; }
    public void setSharesAggregates(boolean sharesAggregates) { this.sharesAggregates = sharesAggregates; }
    public String getAdminUsername() { return adminUsername; }
    public void setAdminUsername(String adminUsername) { this.adminUsername = adminUsername; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public String getAdminPassword() { return adminPassword; }
    public void setAdminPassword(String adminPassword) { this.adminPassword = adminPassword; }
}
