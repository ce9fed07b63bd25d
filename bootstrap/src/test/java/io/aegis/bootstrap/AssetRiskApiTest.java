package io.aegis.bootstrap;

/** {@link AssetRiskApiContract} on a SQLite file and on MariaDB. */
class AssetRiskApiTest extends AssetRiskApiContract {
}
