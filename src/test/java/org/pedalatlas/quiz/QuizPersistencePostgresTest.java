package org.pedalatlas.quiz;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pedalatlas.base.PostgresDatabase;

/** Attempts, answers and review cards across a restart, on PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
class QuizPersistencePostgresTest extends QuizPersistenceTest {
}
