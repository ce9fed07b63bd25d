package io.aegis.bootstrap;

/** {@link AssetRelationshipApiContract} on a SQLite file and on MariaDB. */
class AssetRelationshipApiTest extends AssetRelationshipApiContract {
}
