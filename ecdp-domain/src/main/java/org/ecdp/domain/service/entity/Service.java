package org.ecdp.domain.service.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Codes;

/**
 * One of the organisation's services (teams): Advocacy, Support Planning, Payroll, Peer
 * Mentoring... Staff work in one or more. Its code is stable and used by partners; its
 * name may change. An archived service keeps its history but takes no new work.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "ecdp_service")
@NamedQuery(name = Service.ALL, query = "select s from Service s order by s.name")
@NamedQuery(name = Service.BY_CODE, query = "select s from Service s where s.code = :code")
public class Service extends BaseEntity {

    public static final String ALL = "Service.all";
    public static final String BY_CODE = "Service.byCode";

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    private boolean archived;

    protected Service() {
    }

    public Service(String code, String name) {
        this.code = validCode(code);
        rename(name);
    }

    public static String validCode(String code) {
        return Codes.valid("code", code);
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInput.of("name", "Enter a name of 1 to 100 characters");
        }
        this.name = trimmed;
    }

    public void archive() {
        archived = true;
    }

    public void reopen() {
        archived = false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isArchived() {
        return archived;
    }
}
