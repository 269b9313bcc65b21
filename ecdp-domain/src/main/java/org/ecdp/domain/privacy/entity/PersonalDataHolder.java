package org.ecdp.domain.privacy.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a capability module does with the personal data it holds when the organisation asks.
 * Every call joins the caller's transaction: an erasure across modules commits or rolls back
 * as one. A person is known by the organisation's reference (upper case, as every module stores it).
 */
public interface PersonalDataHolder {

    /** The capability's name in subject access and erasure answers: {@code log}, {@code mentoring}, {@code housing}. */
    String capability();

    /**
     * Everything held about {@code ref}, one map per record (keys in reading order; values are
     * text, numbers, booleans, dates as text, lists and maps of the same); empty when nothing is held.
     */
    List<Map<String, Object>> find(String ref);

    /**
     * Removes what identifies {@code ref}: the reference itself, the words they said and their
     * history, names and contact details, keeping what the organisation's statistics count.
     * Returns the number of records changed; 0 when the module holds nothing about them.
     */
    int erase(String ref);

    /** The person objects to being quoted: returns the records now never quoted. */
    default int object(String ref) {
        return 0;
    }

    /** The kinds of record this module keeps for a limited time, with their default periods. */
    List<RetentionDefault> retentionDefaults();

    /**
     * Applies one of this module's retention kinds: whatever reached the end of its period
     * before {@code cutOff} loses what the rule removes. Returns the records changed.
     */
    int applyRetention(String kind, LocalDate cutOff);

    /** What this module holds about people and why, for the records of processing. */
    List<ProcessingRecord> processing();
}
