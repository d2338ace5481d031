package org.pedalatlas.workshop;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pedalatlas.base.PostgresDatabase;

/** Session rules through the service and a restart, on PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
class WorkshopServicePostgresTest extends WorkshopServiceTest {
}
