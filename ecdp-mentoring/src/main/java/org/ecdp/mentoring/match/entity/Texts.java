package org.ecdp.mentoring.match.entity;

/** Typed text as kept: stripped, never null. */
final class Texts {

    private Texts() {
    }

    static String clean(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
