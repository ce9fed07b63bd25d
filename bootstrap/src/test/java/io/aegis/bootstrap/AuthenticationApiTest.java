package io.aegis.bootstrap;

/** {@link AuthenticationApiContract} on a SQLite file and on MariaDB. */
class AuthenticationApiTest extends AuthenticationApiContract {
}
