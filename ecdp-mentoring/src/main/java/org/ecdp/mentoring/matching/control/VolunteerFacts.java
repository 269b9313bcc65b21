package org.ecdp.mentoring.matching.control;

import java.time.LocalDate;

import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;

/** A volunteer digested once per run; see {@link RequestFacts}. */
final class VolunteerFacts {

    final VolunteerProfile volunteer;
    final int skills;
    final int slots;
    final int livedExperience;
    /** Access needs this volunteer meets, BSL and REMOTE_ONLY included when they sign or meet remotely. */
    final int accessMet;
    final boolean speaksBsl;
    final boolean dbsCounts;
    final boolean barredListCurrent;

    VolunteerFacts(VolunteerProfile volunteer, LocalDate today) {
        this.volunteer = volunteer;
        this.skills = Masks.of(volunteer.skills());
        this.slots = Masks.of(volunteer.availability());
        this.livedExperience = Masks.of(volunteer.livedExperience());
        this.speaksBsl = volunteer.speaks("bsl");
        int met = Masks.of(volunteer.accessSupport()) & ~(Masks.bit(AccessNeed.BSL) | Masks.bit(AccessNeed.REMOTE_ONLY));
        if (speaksBsl) {
            met |= Masks.bit(AccessNeed.BSL);
        }
        if (volunteer.remote()) {
            met |= Masks.bit(AccessNeed.REMOTE_ONLY);
        }
        this.accessMet = met;
        this.dbsCounts = volunteer.dbs() != null && volunteer.dbs().countsOn(today);
        this.barredListCurrent = dbsCounts && volunteer.dbs().includesAdultsBarredList();
    }
}
