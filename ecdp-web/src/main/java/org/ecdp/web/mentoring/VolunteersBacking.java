package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecdp.mentoring.volunteer.boundary.Volunteers;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/** /mentoring/volunteers.xhtml: every volunteer by name, where they are, when they are free, and a link to change their details. */
@Named
@RequestScoped
public class VolunteersBacking {

    @Inject
    Volunteers volunteers;

    private List<Volunteer> all;

    @PostConstruct
    void init() {
        all = volunteers.all();
    }

    public List<Volunteer> getAll() {
        return all;
    }
}
