package org.ecdp.logging.trend.entity;

import org.ecdp.domain.validation.InvalidInput;

/**
 * What a theme's count is judged against. {@code NONE}: the count alone, as detection always
 * did. {@code VOLUME}: the count given how many entries of all themes the same scope (a
 * service, or the whole organisation) logged that week, so a busy week, when more people were
 * heard about everything, does not look like a surge in every theme; what alarms is "more
 * people than usual raise this, given how many we spoke to". Only Farrington takes a volume
 * (R's {@code populationOffset}); the EARS methods have no such model.
 */
public enum DetectionOffset {
    NONE("none"),
    VOLUME("volume");

    private final String code;

    DetectionOffset(String code) {
        this.code = code;
    }

    /** The API's code ({@code offset=volume}); {@code none} is what leaving it out means. */
    public String code() {
        return code;
    }

    /**
     * The offset a request asks for: none when the parameter is left out or blank.
     *
     * @throws InvalidInput naming the field {@code offset} for anything but {@code volume}
     */
    public static DetectionOffset ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        if (VOLUME.code.equalsIgnoreCase(value.strip())) {
            return VOLUME;
        }
        throw InvalidInput.of("offset", "must be volume, or left out to judge the counts alone");
    }
}
