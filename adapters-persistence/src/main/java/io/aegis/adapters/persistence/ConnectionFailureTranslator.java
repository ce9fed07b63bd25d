package io.aegis.adapters.persistence;

import io.aegis.application.port.DatabaseUnavailableException;
import io.aegis.domain.shared.AegisException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLTransientConnectionException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns a lost connection (SQLSTATE class 08: the server stopped, the network to it failed, a Galera node left
 * its cluster's primary component) and a connection the pool could not hand out in time into the application's
 * {@link DatabaseUnavailableException}: 503 with {@code Retry-After}, never a 500. As a listener it covers each
 * statement, reads outside transactions included; {@link JooqTransactions} covers BEGIN and COMMIT. Such a failure
 * is never run again: a COMMIT whose connection was lost may have been stored.
 *
 * <p>A statement the driver closed under its caller has lost its connection too, whatever its error says: when a
 * database node dies under a multi-host URL, the driver's failover proxy closes the statements of the dead host and
 * may report just that ("No operations allowed after statement closed", SQLSTATE S1009), in a batch or a read alike.
 */
final class ConnectionFailureTranslator implements ExecuteListener {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        if (failure != null) {
            ctx.exception(closedUnderUs(ctx.statement()) && !(failure instanceof AegisException)
                    ? new DatabaseUnavailableException(failure) : translate(failure));
        }
    }

    /** Aegis never closes a statement while it runs: one the driver closed has lost its connection. */
    private static boolean closedUnderUs(Statement statement) {
        try {
            return statement != null && statement.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** {@code failure} itself, or a {@link DatabaseUnavailableException} caused by it when a connection failed. */
    static RuntimeException translate(RuntimeException failure) {
        return failure instanceof AegisException || !isConnectionFailure(failure) ? failure
                : new DatabaseUnavailableException(failure);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // HikariCP: no connection within its connection timeout (the database is down, or every one is busy)
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
