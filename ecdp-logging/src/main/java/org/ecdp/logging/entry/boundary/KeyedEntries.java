package org.ecdp.logging.entry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Optional;
import org.ecdp.domain.entity.SqlFailures;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;

/**
 * Logging an entry at most once per idempotency key, so that a client (or a double-clicked
 * form) may repeat a write whose answer it never saw. Not transactional itself: each attempt is
 * its own transaction in {@link Entries#logOnce}, and when two requests race with the same key
 * the loser's transaction fails on the key's row (or gives way in a deadlock), after
 * which the winner's entry is looked up and answered. Nothing is retried when the failure was not
 * about the key or a deadlock.
 */
@ApplicationScoped
public class KeyedEntries {

    public static final int MAX_KEY_LENGTH = 100;
    private static final int ATTEMPTS = 5;

    @Inject
    Entries entries;

    /** Logs the draft, or answers the entry already logged with this caller's {@code key}; a null key logs plainly. */
    public Entry log(EntryDraft draft, String key, String keyField) {
        if (key == null) {
            return entries.log(draft);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInput.of(keyField, "Give a key of 1 to " + MAX_KEY_LENGTH + " characters");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return entries.logOnce(draft, key);
            } catch (RuntimeException raced) {
                if (!(raced instanceof PersistenceException || raced instanceof TransactionalException || SqlFailures.gaveWay(raced))) {
                    throw raced;
                }
                Optional<Entry> winner = entries.keyed(key);
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
