package io.aegis.bootstrap;

/** {@link TwoNodesApiContract} on a SQLite file and on MariaDB. */
class TwoNodesApiTest extends TwoNodesApiContract {
}
