package io.aegis.bootstrap;

/** {@link AssetCategoryApiContract} on a SQLite file and on MariaDB. */
class AssetCategoryApiTest extends AssetCategoryApiContract {
}
