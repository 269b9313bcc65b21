package org.ecdp.domain.user.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static PortalUser user() {
        PortalUser u = new PortalUser("sam", "Sam Staff", "hash-1", Instant.parse("2026-12-01T09:00:00Z"));
        u.grantRoles(EnumSet.of(Role.STAFF));
        return u;
    }

    @Test
    void theSessionStampMovesWhenWhatASessionWasGrantedStopsBeingTrue() {
        PortalUser u = user();
        long stamp = u.getSessionStamp();
        u.rename("Sam Staff-Jones");
        u.grantRoles(EnumSet.of(Role.STAFF));
        assertThat(u.getSessionStamp()).as("a new name or the same roles keep sessions").isEqualTo(stamp);
        u.grantRoles(EnumSet.of(Role.STAFF, Role.OFFICER));
        assertThat(u.getSessionStamp()).as("roles changed").isGreaterThan(stamp);
        stamp = u.getSessionStamp();
        u.disable();
        assertThat(u.getSessionStamp()).as("disabled").isGreaterThan(stamp);
        stamp = u.getSessionStamp();
        u.enable();
        u.choosePassword("hash-2");
        assertThat(u.getSessionStamp()).as("password changed").isGreaterThan(stamp);
    }

    @Test
    void aPasswordSetBySomeoneElseMustBeChangedAndAChosenOneNeedNot() {
        PortalUser u = user();
        u.resetPassword("hash-by-admin");
        assertThat(u.mustChangePassword()).isTrue();
        u.choosePassword("hash-by-sam");
        assertThat(u.mustChangePassword()).isFalse();
    }

    @Test
    void aDemoAccountIsNeverForcedToChangeItsPassword() {
        PortalUser u = user();
        u.requirePasswordChange();
        u.markAsDemo();
        assertThat(u.isDemo()).isTrue();
        assertThat(u.mustChangePassword()).isFalse();
    }
}
