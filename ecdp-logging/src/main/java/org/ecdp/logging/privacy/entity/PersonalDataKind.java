package org.ecdp.logging.privacy.entity;

/** The kinds of personal data the guard looks for in a summary, each with the words staff see. */
public enum PersonalDataKind {
    EMAIL("e-mail address"),
    PHONE("phone number"),
    NATIONAL_INSURANCE_NUMBER("National Insurance number"),
    POSTCODE("postcode"),
    DATE_OF_BIRTH("date of birth"),
    NAME("name");

    private final String label;

    PersonalDataKind(String label) { this.label = label; }

    public String label() { return label; }
}
