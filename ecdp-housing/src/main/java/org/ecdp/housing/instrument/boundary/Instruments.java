package org.ecdp.housing.instrument.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.instrument.entity.Instrument;

/** The outcome instruments: everyone in housing reads them; only an administrator defines one. */
@ApplicationScoped
@Transactional
public class Instruments {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    /** The instrument with {@code code}; a look-up by the other housing boundaries, which check their own callers. */
    public Optional<Instrument> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Instrument.BY_CODE, Instrument.class).setParameter("code", code.strip().toUpperCase())
                .getResultStream().findFirst();
    }

    public List<Instrument> all() {
        HousingRoles.require(caller, "Only housing roles see the instruments", Role.COORDINATOR, Role.COACH, Role.EVALUATOR, Role.ADMIN);
        return em.createQuery("select i from Instrument i order by i.code", Instrument.class).getResultList();
    }

    /** An administrator's own summed instrument; licensed instruments must not be entered. */
    public Instrument define(String code, String name, List<String> items, Integer itemMin, Integer itemMax,
                             Double minimalImportantChange, Boolean higherIsBetter) {
        HousingRoles.require(caller, "Only an administrator defines instruments", Role.ADMIN);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(itemMin != null, "itemMin", "Give the lowest score of an item");
        problems.check(itemMax != null, "itemMax", "Give the highest score of an item");
        problems.check(minimalImportantChange != null, "minimalImportantChange", "Give the minimal important change in points");
        if (code != null && find(code).isPresent()) {
            problems.reject("code", "An instrument with code " + code.strip().toUpperCase() + " already exists");
        }
        problems.throwIfAny();
        Instrument instrument = Instrument.summed(code == null ? null : code.strip().toUpperCase(), name, items, itemMin, itemMax,
                minimalImportantChange, higherIsBetter == null || higherIsBetter);
        em.persist(instrument);
        // two admins defining the same code at once: the unique key refuses the second here, inside
        // the boundary, so the caller gets a conflict rather than a failed commit
        em.flush();
        audit.record("housing.instrument.define", instrument.getCode(), instrument.getScoringRule());
        return instrument;
    }
}
