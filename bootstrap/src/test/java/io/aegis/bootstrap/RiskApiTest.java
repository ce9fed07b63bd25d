package io.aegis.bootstrap;

/** {@link RiskApiContract} on a SQLite file and on MariaDB. */
class RiskApiTest extends RiskApiContract {
}
