package io.aegis.bootstrap;

/** {@link RiskMatrixApiContract} on a SQLite file and on MariaDB. */
class RiskMatrixApiTest extends RiskMatrixApiContract {
}
