package org.ecdp.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void aDeadlockVictimDeepInTheCausesGaveWayAndMayBeSentAgain() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

        assertThat(SqlFailures.gaveWay(new IllegalStateException("Could not update the day counts", new PersistenceException(deadlock)))).isTrue();
    }

    @Test
    void otherDatabaseFailuresDidNotGiveWay() {
        assertThat(SqlFailures.gaveWay(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(SqlFailures.gaveWay(new SQLException("no state"))).isFalse();
        assertThat(SqlFailures.gaveWay(new IllegalStateException("nothing from the database"))).isFalse();
    }

    @Test
    void aDuplicateKeyIsKnownByItsStateOrItsType() {
        assertThat(SqlFailures.isDuplicateKey(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)))).isTrue();
        assertThat(SqlFailures.isDuplicateKey(new IllegalStateException(new SQLIntegrityConstraintViolationException("unique")))).isTrue();
        assertThat(SqlFailures.isDuplicateKey(new SQLException("Deadlock", "40001", 1213))).isFalse();
        assertThat(SqlFailures.isDuplicateKey(new IllegalStateException("nothing from the database"))).isFalse();
    }
}
