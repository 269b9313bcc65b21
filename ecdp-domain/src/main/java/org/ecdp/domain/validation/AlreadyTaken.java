package org.ecdp.domain.validation;

/**
 * What was asked for was possible a moment ago but someone else took it first (a person's one
 * open match, a volunteer's last free place): a conflict (409), not bad input. Asking again
 * after reloading shows why.
 */
public class AlreadyTaken extends RuntimeException {
    public AlreadyTaken(String what) {
        super(what);
    }
}
