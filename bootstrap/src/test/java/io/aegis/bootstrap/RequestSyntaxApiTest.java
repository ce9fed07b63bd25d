package io.aegis.bootstrap;

/** {@link RequestSyntaxApiContract} on a SQLite file and on MariaDB. */
class RequestSyntaxApiTest extends RequestSyntaxApiContract {
}
