package io.aegis.bootstrap;

/** {@link RoleApiContract} on a SQLite file and on MariaDB. */
class RoleApiTest extends RoleApiContract {
}
