package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.ConcurrentChangeException;
import io.aegis.application.port.DatabaseBusyException;
import io.aegis.application.port.StaleVersionException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class TransactionRetryTest {

    private static final TransactionRetry QUICK = new TransactionRetry(4, Duration.ZERO, Duration.ofMillis(1));

    @Test
    void conflicts_with_concurrent_transactions_are_retryable_wherever_they_are_in_the_causes() {
        assertThat(TransactionRetry.isRetryable(new ConcurrentChangeException("asset", 1))).isTrue();
        assertThat(TransactionRetry.isRetryable(jooq(new SQLException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(TransactionRetry.isRetryable(jooq(new SQLException("Lock wait timeout", "HY000", 1205)))).isTrue();
        assertThat(TransactionRetry.isRetryable(
                jooq(new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY)))).isTrue();
        assertThat(TransactionRetry.isRetryable(
                jooq(new SQLiteException("snapshot", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)))).isTrue();
        // a Galera node's auto-increment offset changed as a node left: the generated id was taken meanwhile
        assertThat(TransactionRetry.isRetryable(jooq(new SQLIntegrityConstraintViolationException(
                "Duplicate entry '303' for key 'PRIMARY'", "23000", 1062)))).isTrue();
    }

    @Test
    void the_clients_stale_version_and_broken_rules_are_not() {
        assertThat(TransactionRetry.isRetryable(new StaleVersionException("asset", 1))).isFalse();
        assertThat(TransactionRetry.isRetryable(
                jooq(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(TransactionRetry.isRetryable(jooq(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'Analysts' for key 'uq_roles_name'", "23000", 1062)))).isFalse();
        assertThat(TransactionRetry.isRetryable(
                jooq(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)))).isFalse();
        assertThat(TransactionRetry.isRetryable(new IllegalStateException("boom"))).isFalse();
    }

    @Test
    void a_conflict_is_run_again_until_it_succeeds_within_the_bound() {
        AtomicInteger runs = new AtomicInteger();

        String result = QUICK.run(() -> {
            if (runs.incrementAndGet() < 4) {
                throw new ConcurrentChangeException("asset", 1);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(4);
    }

    @Test
    void the_last_attempts_conflict_and_any_other_failure_propagate_unchanged() {
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        ConcurrentChangeException conflict = new ConcurrentChangeException("asset", 1);
        IllegalStateException other = new IllegalStateException("boom");

        assertThatThrownBy(() -> QUICK.run(() -> {
            conflicts.incrementAndGet();
            throw conflict;
        })).isSameAs(conflict);
        assertThatThrownBy(() -> QUICK.run(() -> {
            others.incrementAndGet();
            throw other;
        })).isSameAs(other);

        assertThat(conflicts).hasValue(4);
        assertThat(others).hasValue(1);
    }

    @Test
    void a_deadlock_or_certification_conflict_after_the_last_attempt_is_a_concurrent_change_not_an_error() {
        DataAccessException deadlock = jooq(new SQLException("Deadlock found", "40001", 1213));

        assertThatThrownBy(() -> QUICK.run(() -> {
            throw deadlock;
        })).isInstanceOf(ConcurrentChangeException.class).hasCause(deadlock)
                .extracting(e -> ((ConcurrentChangeException) e).code()).isEqualTo("concurrent_change");
    }

    @Test
    void a_database_still_too_busy_after_the_last_attempt_is_busy_not_an_internal_error() {
        DataAccessException lockWait = jooq(new SQLException("Lock wait timeout exceeded", "HY000", 1205));

        assertThatThrownBy(() -> QUICK.run(() -> {
            throw lockWait;
        })).isInstanceOf(DatabaseBusyException.class).hasCause(lockWait);
    }

    private static DataAccessException jooq(SQLException cause) {
        return new DataAccessException("SQL [update ...]; " + cause.getMessage(), cause);
    }
}
