package org.ecdp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.junit.jupiter.api.Test;

class KernelRulesTest {

    @Test
    void serviceCodesAreNormalisedToTheStableUpperCaseForm() {
        assertThat(new Service(" advocacy ", "Advocacy").getCode()).isEqualTo("ADVOCACY");
    }

    @Test
    void aServiceCodeWithSpacesIsRefusedNamingTheCodeField() {
        assertThatThrownBy(() -> new Service("PEER MENTORING", "Peer mentoring"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("code"));
    }

    @Test
    void aBlankServiceNameIsRefusedNamingTheNameField() {
        Service service = new Service("PAYROLL", "Payroll");
        assertThatThrownBy(() -> service.rename("  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
        assertThat(service.getName()).isEqualTo("Payroll");
    }

    @Test
    void usernamesAreLowerCaseAndRefusedWhenTheyCannotBeTyped() {
        assertThat(new PortalUser("Sam.Staff", "Sam", "hash", Instant.EPOCH).getUsername()).isEqualTo("sam.staff");
        assertThatThrownBy(() -> new PortalUser("sam staff", "Sam", "hash", Instant.EPOCH)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aUserHoldsOnlyTheRolesGranted() {
        PortalUser user = new PortalUser("olu", "Olu", "hash", Instant.EPOCH);
        user.grantRoles(EnumSet.of(Role.OFFICER, Role.STAFF));
        assertThat(user.holds(Role.OFFICER)).isTrue();
        assertThat(user.holds(Role.ADMIN)).isFalse();
        user.grantRoles(EnumSet.of(Role.COACH));
        assertThat(user.getRoles()).containsExactly(Role.COACH);
    }

    @Test
    void theCollectorReportsEveryProblemAtOnce() {
        InvalidInput.Collector c = new InvalidInput.Collector().check(false, "a", "first").check(true, "b", "fine").reject("c", "third");
        assertThatThrownBy(c::throwIfAny).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting("field").containsExactly("a", "c"));
    }

    @Test
    void availabilitySlotsKnowTheirDayAndPartOfDay() {
        assertThat(AvailabilitySlot.MON_AM.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(AvailabilitySlot.SUN_EVE.day()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(AvailabilitySlot.WED_PM.part()).isEqualTo("afternoon");
        assertThat(AvailabilitySlot.values()).hasSize(21);
        assertThat(AvailabilitySlot.TUE_EVE.label()).isEqualTo("Tuesday evening");
        assertThat(AvailabilitySlot.of(DayOfWeek.SATURDAY, "afternoon")).isEqualTo(AvailabilitySlot.SAT_PM);
        assertThat(AvailabilitySlot.of(DayOfWeek.MONDAY, "morning")).isEqualTo(AvailabilitySlot.MON_AM);
        assertThatThrownBy(() -> AvailabilitySlot.of(DayOfWeek.MONDAY, "night")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSetOfTimesReadsDayByDayFromMonday() {
        assertThat(AvailabilitySlot.inWords(java.util.List.of())).isEqualTo("no times given");
        assertThat(AvailabilitySlot.inWords(java.util.List.of(AvailabilitySlot.MON_AM))).isEqualTo("Monday morning");
        assertThat(AvailabilitySlot.inWords(java.util.List.of(AvailabilitySlot.WED_EVE, AvailabilitySlot.MON_EVE, AvailabilitySlot.MON_AM,
                AvailabilitySlot.SUN_AM, AvailabilitySlot.SUN_PM, AvailabilitySlot.SUN_EVE)))
                .isEqualTo("Monday morning and evening, Wednesday evening, Sunday all day");
    }
}
