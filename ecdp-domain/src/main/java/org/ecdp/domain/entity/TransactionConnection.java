package org.ecdp.domain.entity;

import jakarta.persistence.EntityManager;
import java.sql.Connection;

/**
 * The JDBC connection the current transaction already writes with, for the few writes done in
 * plain JDBC (bulk inserts, counters). Asking the pool for a second connection inside a
 * transaction instead holds one connection while waiting for another: under load every pooled
 * connection ends up held by a request waiting for a second, and the portal stops (seen at 200
 * entries a second with a pool of 30). Pending changes are flushed first, so the JDBC work sees
 * them. The caller must not close the connection: the transaction owns it.
 */
public final class TransactionConnection {

    private TransactionConnection() {
    }

    public static Connection of(EntityManager em) {
        em.flush();
        return em.unwrap(Connection.class);
    }
}
