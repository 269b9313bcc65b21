package org.ecdp.web.api.mentoring.volunteer;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * A volunteer's record as the coordinator reads it, contact details and DBS check included.
 * Every field is always there: {@code null} where nothing is held (no email, no DBS yet).
 */
@JsonbNillable
public record VolunteerView(long id, String name, String email, String phone, String district, boolean remote, int travelKm,
                            int capacity, List<String> skills, List<String> languages, List<String> livedExperience,
                            List<String> availability, List<String> accessSupport, DbsView dbs, LocalDate trainingCompletedOn,
                            String status) {

    /** Nillable itself: JSON-B (Yasson) asks the type of a record-typed property, not the enclosing record, whether to write its null. */
    @JsonbNillable
    public record DbsView(String level, LocalDate issuedOn, boolean updateService) {
        static DbsView of(DbsCertificate dbs) {
            return dbs == null ? null : new DbsView(dbs.level().name(), dbs.issuedOn(), dbs.updateService());
        }
    }

    public static VolunteerView of(Volunteer v) {
        return new VolunteerView(v.getId(), v.getName(), v.getEmail(), v.getPhone(), v.getDistrict().name(), v.isRemote(),
                v.getTravelKm(), v.getCapacity(), names(v.getSkills()), v.getLanguages(), names(v.getLivedExperience()),
                names(v.getAvailability()), names(v.getAccessSupport()), DbsView.of(v.getDbs()), v.getTrainingCompletedOn(),
                v.getStatus().name());
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
