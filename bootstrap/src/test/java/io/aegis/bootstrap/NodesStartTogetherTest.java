package io.aegis.bootstrap;

/** {@link NodesStartTogetherContract} on a SQLite file and on MariaDB. */
class NodesStartTogetherTest extends NodesStartTogetherContract {
}
