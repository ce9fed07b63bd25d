package io.aegis.bootstrap;

/** {@link OrgUnitApiContract} on a SQLite file and on MariaDB. */
class OrgUnitApiTest extends OrgUnitApiContract {
}
