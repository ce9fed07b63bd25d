package io.aegis.adapters.persistence;

import io.aegis.application.port.ConcurrentChangeException;
import io.aegis.application.port.DatabaseBusyException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;

/**
 * Whole-transaction retry: runs a transaction again from its start when it lost a race with concurrent
 * transactions, which a later attempt, on fresh data, may win: a {@link ConcurrentChangeException}, a MySQL /
 * MariaDB deadlock (1213, which is also how Galera reports a certification conflict at commit), a lock wait
 * timeout (1205) or another serialization failure (SQLSTATE 40001), a duplicate of a generated primary key (1062 on
 * the primary key, {@code 'PRIMARY'} or {@code 'risks.PRIMARY'}: a Galera node that just left or joined changes every node's auto-increment offset, and a node may
 * then hand out an id another node's row already holds; no client chooses those ids, so it is a race, never a
 * duplicate the client sent), or a SQLite file still busy or locked after its busy timeout. Anything else
 * propagates unchanged. When the last attempt lost too, a conflict with concurrent
 * changes of the same records (a {@link ConcurrentChangeException}, a deadlock, a certification conflict, a
 * serialization failure) is a {@link ConcurrentChangeException} (409: the client may send it again), while a
 * database still too busy to take the change (a lock wait timeout, a busy SQLite file) is a
 * {@link DatabaseBusyException} (503). Either way nothing changed.
 *
 * <p>Bounded to {@code attempts} runs in all. Before each further run it pauses for a random time between zero
 * and a ceiling that starts at {@code firstCeiling} and doubles each time up to {@code maxCeiling} ("full
 * jitter"), so that the losers of one race do not all meet again in the next.
 */
public record TransactionRetry(int attempts, Duration firstCeiling, Duration maxCeiling) {

    /** At most 10 runs; pauses up to 10, 20, 40, 80, 160 ms, then 250 ms: about 1.3 s of pauses at the worst. */
    public static final TransactionRetry DEFAULT = new TransactionRetry(10, Duration.ofMillis(10),
            Duration.ofMillis(250));

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_PRIMARY_CODE = 0xFF;

    public TransactionRetry {
        if (attempts < 1 || firstCeiling.isNegative() || maxCeiling.compareTo(firstCeiling) < 0) {
            throw new IllegalArgumentException("a retry needs at least one attempt and rising pauses");
        }
    }

    /** Runs {@code transaction}, and runs it again while it fails on a retryable conflict and attempts are left. */
    public <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (!isRetryable(failure)) {
                    throw failure;
                }
                if (attempt >= attempts) {
                    // operators watch for this: contention beyond what the bounds absorb
                    LOG.warn("a transaction lost {} races in a row to concurrent ones ({}); giving up", attempts,
                            failure.getClass().getSimpleName());
                    throw givingUp(failure);
                }
                LOG.debug("a transaction lost a race to a concurrent one ({}); running it again",
                        failure.getClass().getSimpleName());
                pauseBefore(attempt + 1, failure);
            }
        }
    }

    private static RuntimeException givingUp(RuntimeException failure) {
        if (failure instanceof ConcurrentChangeException) {
            return failure;
        }
        if (isConflict(failure)) {
            ConcurrentChangeException conflict = new ConcurrentChangeException();
            conflict.initCause(failure);
            return conflict;
        }
        return new DatabaseBusyException(failure);
    }

    /** A deadlock, a serialization failure or a taken key: the transaction clashed with others on the same records. */
    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == MYSQL_DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()) || isGeneratedKeyTaken(sql))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrentChangeException) {
                return true;
            }
            if (cause instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & SQLITE_PRIMARY_CODE;
                return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == MYSQL_DEADLOCK
                    || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()) || isGeneratedKeyTaken(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGeneratedKeyTaken(SQLException sql) {
        return sql.getErrorCode() == MYSQL_DUPLICATE_KEY && String.valueOf(sql.getMessage()).endsWith("PRIMARY'");
    }

    private void pauseBefore(int attempt, RuntimeException failure) {
        long ceiling = Math.min(maxCeiling.toNanos(), firstCeiling.toNanos() << Math.min(attempt - 2, 30));
        try {
            Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1)).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
