package org.ecdp.domain.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The organisation works in UK time; everything that asks "today" asks this clock. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock organisationClock() {
        return Clock.system(ORGANISATION_ZONE);
    }
}
