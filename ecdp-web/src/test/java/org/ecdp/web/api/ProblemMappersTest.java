package org.ecdp.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aDeadlockVictimDeepInTheCausesGaveWayAndMayBeSentAgain() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

        assertThat(ProblemMappers.gaveWay(new IllegalStateException("Could not update the day counts", new PersistenceException(deadlock)))).isTrue();
    }

    @Test
    void otherDatabaseFailuresDidNotGiveWay() {
        assertThat(ProblemMappers.gaveWay(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(ProblemMappers.gaveWay(new SQLException("no state"))).isFalse();
        assertThat(ProblemMappers.gaveWay(new IllegalStateException("nothing from the database"))).isFalse();
    }
}
