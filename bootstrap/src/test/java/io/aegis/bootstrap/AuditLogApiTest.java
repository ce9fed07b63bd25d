package io.aegis.bootstrap;

/** {@link AuditLogApiContract} on a SQLite file and on MariaDB. */
class AuditLogApiTest extends AuditLogApiContract {
}
