package io.aegis.bootstrap;

/** {@link LoginThrottleApiContract} on a SQLite file and on MariaDB. */
class LoginThrottleApiTest extends LoginThrottleApiContract {
}
