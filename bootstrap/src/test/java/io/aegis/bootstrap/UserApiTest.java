package io.aegis.bootstrap;

/** {@link UserApiContract} on a SQLite file and on MariaDB. */
class UserApiTest extends UserApiContract {
}
