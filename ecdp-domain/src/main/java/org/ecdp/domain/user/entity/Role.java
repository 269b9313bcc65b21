package org.ecdp.domain.user.entity;

/** What a portal user may do. A user may hold several. */
public enum Role {
    STAFF("Staff", "Records lived experience in the services they work in"),
    OFFICER("Lived experience officer", "Watches trends across all services and builds evidence"),
    COORDINATOR("Mentoring coordinator", "Matches people with volunteer mentors; enrols housing participants"),
    COACH("Peer life coach", "Works with tenants in supported housing and records outcomes"),
    EVALUATOR("Evaluator", "Sees pseudonymised housing data and the comparison of cohorts"),
    ADMIN("Administrator", "Manages users and services"),
    NETWORK_ADMIN("Network administrator", "Sets up the organisations of the network and reads the pooled counts, never an organisation's entries");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
