package org.ecdp.web.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import org.ecdp.domain.vocabulary.AvailabilitySlot;

/** When someone is free, in plain words for a page: {@code #{freeTimes.of(v.availability)}} reads "Monday morning, Wednesday all day". */
@Named
@ApplicationScoped
public class FreeTimes {

    public String of(Collection<AvailabilitySlot> slots) {
        String words = AvailabilitySlot.inWords(slots == null ? java.util.List.of() : slots);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
