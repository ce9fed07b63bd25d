package io.aegis.bootstrap;

/** {@link NameUniquenessApiContract} on a SQLite file and on MariaDB. */
class NameUniquenessApiTest extends NameUniquenessApiContract {
}
