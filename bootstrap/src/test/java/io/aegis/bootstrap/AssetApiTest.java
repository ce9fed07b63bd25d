package io.aegis.bootstrap;

/** {@link AssetApiContract} on a SQLite file and on MariaDB. */
class AssetApiTest extends AssetApiContract {
}
