package org.ecdp.mentoring.matching.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/** A safe, able volunteer and a simple request in Chelmsford, changed one field at a time by each test. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    static VolunteerBuilder volunteer(long id) {
        return new VolunteerBuilder(id);
    }

    static RequestBuilder request(long id) {
        return new RequestBuilder(id);
    }

    static final class VolunteerBuilder {
        long id;
        Locality district = Locality.CHELMSFORD;
        boolean remote;
        int travelKm = 15;
        int capacity = 2;
        int activeMatches;
        Set<Goal> skills = EnumSet.of(Goal.CONFIDENCE, Goal.SOCIAL, Goal.COLLEGE_COURSE);
        Set<String> languages = Set.of("en");
        Set<ImpairmentGroup> livedExperience = Set.of();
        Set<AvailabilitySlot> availability = EnumSet.of(AvailabilitySlot.MON_AM, AvailabilitySlot.WED_PM);
        Set<AccessNeed> accessSupport = Set.of();
        DbsCertificate dbs = new DbsCertificate(DbsLevel.ENHANCED, TODAY.minusYears(1), false);
        LocalDate trainingCompletedOn = TODAY.minusMonths(6);
        VolunteerStatus status = VolunteerStatus.ACTIVE;

        VolunteerBuilder(long id) {
            this.id = id;
        }

        VolunteerBuilder district(Locality d) { district = d; return this; }
        VolunteerBuilder remote(boolean r) { remote = r; return this; }
        VolunteerBuilder travelKm(int km) { travelKm = km; return this; }
        VolunteerBuilder capacity(int c) { capacity = c; return this; }
        VolunteerBuilder activeMatches(int a) { activeMatches = a; return this; }
        VolunteerBuilder skills(Goal... g) { skills = Set.of(g); return this; }
        VolunteerBuilder languages(String... l) { languages = Set.of(l); return this; }
        VolunteerBuilder livedExperience(ImpairmentGroup... g) { livedExperience = Set.of(g); return this; }
        VolunteerBuilder availability(AvailabilitySlot... s) { availability = Set.of(s); return this; }
        VolunteerBuilder accessSupport(AccessNeed... a) { accessSupport = Set.of(a); return this; }
        VolunteerBuilder dbs(DbsLevel level, LocalDate issuedOn, boolean updateService) {
            dbs = new DbsCertificate(level, issuedOn, updateService);
            return this;
        }
        VolunteerBuilder noDbs() { dbs = null; return this; }
        VolunteerBuilder trainingCompletedOn(LocalDate d) { trainingCompletedOn = d; return this; }
        VolunteerBuilder status(VolunteerStatus s) { status = s; return this; }

        VolunteerProfile build() {
            return new VolunteerProfile(id, district, remote, travelKm, capacity, activeMatches, skills, languages,
                    livedExperience, availability, accessSupport, dbs, trainingCompletedOn, status);
        }
    }

    static final class RequestBuilder {
        long id;
        Locality district = Locality.CHELMSFORD;
        boolean remoteOk;
        Set<Goal> goals = EnumSet.of(Goal.CONFIDENCE);
        List<String> languages = List.of("en");
        ImpairmentGroup sharedExperience;
        Set<AvailabilitySlot> availability = EnumSet.of(AvailabilitySlot.MON_AM);
        Set<AccessNeed> accessNeeds = Set.of();
        LocalDate referredOn = TODAY.minusDays(30);

        RequestBuilder(long id) {
            this.id = id;
        }

        RequestBuilder district(Locality d) { district = d; return this; }
        RequestBuilder remoteOk(boolean r) { remoteOk = r; return this; }
        RequestBuilder goals(Goal... g) { goals = Set.of(g); return this; }
        RequestBuilder languages(String... l) { languages = new ArrayList<>(List.of(l)); return this; }
        RequestBuilder sharedExperience(ImpairmentGroup g) { sharedExperience = g; return this; }
        RequestBuilder availability(AvailabilitySlot... s) { availability = Set.of(s); return this; }
        RequestBuilder accessNeeds(AccessNeed... a) { accessNeeds = Set.of(a); return this; }
        RequestBuilder referredOn(LocalDate d) { referredOn = d; return this; }

        WaitingRequest build() {
            return new WaitingRequest(id, "R-" + id, district, remoteOk, goals, languages, sharedExperience,
                    availability, accessNeeds, referredOn);
        }
    }
}
