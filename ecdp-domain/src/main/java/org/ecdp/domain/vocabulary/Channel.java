package org.ecdp.domain.vocabulary;

/** How the conversation reached us. */
public enum Channel {
    PHONE("Phone"), FACE_TO_FACE("Face to face"), EMAIL("E-mail"), EVENT("Event"), OTHER("Other");

    private final String label;

    Channel(String label) { this.label = label; }

    public String label() { return label; }
}
