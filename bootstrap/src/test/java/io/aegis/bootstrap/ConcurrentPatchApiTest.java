package io.aegis.bootstrap;

/** {@link ConcurrentPatchApiContract} on a SQLite file and on MariaDB. */
class ConcurrentPatchApiTest extends ConcurrentPatchApiContract {
}
