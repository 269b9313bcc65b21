package org.ecdp.domain.vocabulary;

/** Self-declared and always optional; never inferred. */
public enum ImpairmentGroup {
    PHYSICAL("Physical"), SENSORY_SIGHT("Sight"), SENSORY_HEARING("Hearing"), LEARNING("Learning disability"),
    MENTAL_HEALTH("Mental health"), NEURODIVERGENT("Neurodivergent"), LONG_TERM_CONDITION("Long-term condition"),
    OTHER("Other"), PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    ImpairmentGroup(String label) { this.label = label; }

    public String label() { return label; }
}
