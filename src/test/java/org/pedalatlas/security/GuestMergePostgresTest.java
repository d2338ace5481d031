package org.pedalatlas.security;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pedalatlas.base.PostgresDatabase;

/** A guest's attempts move to the account they sign in to, on PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
class GuestMergePostgresTest extends GuestMergeTest {
}
