package io.aegis.bootstrap;

/** {@link AuditChainBreakApiContract} on a SQLite file and on MariaDB. */
class AuditChainBreakApiTest extends AuditChainBreakApiContract {
}
