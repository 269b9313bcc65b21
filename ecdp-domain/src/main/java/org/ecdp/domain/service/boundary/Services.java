package org.ecdp.domain.service.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;

/** Creating, renaming and archiving the organisation's services; every change audited. */
@ApplicationScoped
@Transactional
public class Services {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Audit audit;

    public List<Service> all() {
        return em.createNamedQuery(Service.ALL, Service.class).getResultList();
    }

    public List<Service> open() {
        return all().stream().filter(s -> !s.isArchived()).toList();
    }

    public Optional<Service> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Service.BY_CODE, Service.class).setParameter("code", code.trim().toUpperCase())
                .getResultStream().findFirst();
    }

    public Service getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("No service " + code));
    }

    public Service create(String code, String name) {
        Service service = new Service(code, name);
        if (findByCode(service.getCode()).isPresent()) {
            throw InvalidInput.of("code", "A service with code " + service.getCode() + " already exists");
        }
        em.persist(service);
        audit.record("service.create", service.getCode(), "name=" + service.getName());
        return service;
    }

    public Service rename(String code, String newName) {
        Service service = getByCode(code);
        String old = service.getName();
        service.rename(newName);
        audit.record("service.rename", code, old + " -> " + service.getName());
        return service;
    }

    public Service archive(String code) {
        Service service = getByCode(code);
        service.archive();
        audit.record("service.archive", code, null);
        return service;
    }

    public Service reopen(String code) {
        Service service = getByCode(code);
        service.reopen();
        audit.record("service.reopen", code, null);
        return service;
    }
}
