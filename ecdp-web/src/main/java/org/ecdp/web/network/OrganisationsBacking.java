package org.ecdp.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecdp.domain.network.boundary.OrganisationSetup;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.web.shell.Messages;

/**
 * /network/organisations.xhtml: the network admin sees the network's organisations and opens a new
 * one with its first administrator, through the same set-up as the API (which checks every field
 * and names each problem).
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String RELOAD = "/network/organisations?faces-redirect=true";

    @Inject
    Organisations organisations;

    @Inject
    OrganisationSetup setup;

    private List<Organisation> all;
    private final OrganisationForm form = new OrganisationForm();

    @PostConstruct
    void load() {
        all = organisations.all();
    }

    public String open() {
        return Messages.orStay(OrganisationForm.FIELDS, () -> {
            Organisation opened = form.open(setup);
            Messages.info("Organisation " + opened.getName() + " (" + opened.getCode() + ") is open. " + form.getAdminUsername().strip()
                    + " can sign in as its administrator and will choose their own password.");
            return RELOAD;
        });
    }

    public List<Organisation> getAll() { return all; }
    public OrganisationForm getForm() { return form; }
}
