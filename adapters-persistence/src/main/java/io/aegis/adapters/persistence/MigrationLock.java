package io.aegis.adapters.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one node at a time migrate the schema, on every database Aegis runs on. Flyway's own lock on MySQL is
 * {@code GET_LOCK}, which a Galera cluster does not replicate: nodes behind different database nodes would both
 * migrate. This lock is a row, so it replicates and certifies like any write: a table the lock creates itself
 * ({@code CREATE TABLE IF NOT EXISTS}: it must exist before any migration), one row, claimed by a conditional
 * UPDATE that only one of several racing nodes can win (on Galera the losers fail certification, which counts as
 * not claimed). The claim is a lease, renewed while the migration runs, so that a node that died while migrating
 * frees the lock within {@link #LEASE}.
 */
final class MigrationLock {

    static final String TABLE = "aegis_migration_lock";
    static final Duration LEASE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
    private static final Table<?> LOCK = table(name(TABLE));
    private static final Field<Integer> ID = field(name("id"), SQLDataType.INTEGER.notNull());
    private static final Field<String> HOLDER = field(name("holder"), SQLDataType.VARCHAR(255));
    private static final Field<Long> EXPIRES_AT = field(name("expires_at"), SQLDataType.BIGINT.notNull());
    private static final int THE_ROW = 1;
    private static final Duration POLL = Duration.ofMillis(250);
    /** How long a node waits for another that keeps renewing its lease: longer than any migration should take. */
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final DSLContext dsl;
    private final String holder;
    private final Clock clock;

    MigrationLock(DSLContext dsl, String holder, Clock clock) {
        this.dsl = dsl;
        this.holder = holder;
        this.clock = clock;
    }

    /** This process's name in the lock: unique per start, readable in the database. */
    static String processName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs {@code work} while holding the lock, waiting for it as long as another node holds it. */
    <T> T holding(Supplier<T> work) {
        create();
        Instant giveUp = clock.instant().plus(PATIENCE);
        while (!tryClaim()) {
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("another node has held the migration lock for " + PATIENCE
                        + "; if no node is migrating, wait " + LEASE + " for its lease to expire");
            }
            pause();
        }
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aegis-migration-lock");
            thread.setDaemon(true);
            return thread;
        });
        long every = LEASE.dividedBy(3).toMillis();
        renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            renewals.shutdownNow();
            release();
        }
    }

    /** The table and its one row, unless another node made them first. */
    void create() {
        dsl.createTableIfNotExists(LOCK).columns(ID, HOLDER, EXPIRES_AT).primaryKey(ID).execute();
        try {
            dsl.insertInto(LOCK, ID, HOLDER, EXPIRES_AT).values(THE_ROW, null, 0L).onDuplicateKeyIgnore().execute();
        } catch (DataAccessException e) {
            if (!TransactionRetry.isRetryable(e)) {
                throw e;
            }
            // a Galera certification conflict: another node inserted the row at the same moment
        }
    }

    /** Takes the lock when it is free or its lease expired, or extends it when this node holds it. */
    boolean tryClaim() {
        long now = clock.millis();
        try {
            return dsl.update(LOCK)
                    .set(HOLDER, holder)
                    .set(EXPIRES_AT, now + LEASE.toMillis())
                    .where(ID.eq(THE_ROW))
                    .and(HOLDER.isNull().or(HOLDER.eq(holder)).or(EXPIRES_AT.lt(now)))
                    .execute() == 1;
        } catch (DataAccessException e) {
            if (TransactionRetry.isRetryable(e)) {
                return false; // another node claimed at the same moment and won
            }
            throw e;
        }
    }

    /** Frees the lock, if this node still holds it. */
    void release() {
        dsl.update(LOCK).set(HOLDER, (String) null).set(EXPIRES_AT, 0L)
                .where(ID.eq(THE_ROW)).and(HOLDER.eq(holder)).execute();
    }

    private void renew() {
        try {
            if (!tryClaim()) {
                LOG.warn("the migration lock's lease ran out while migrating: another node may migrate too");
            }
        } catch (RuntimeException e) {
            LOG.warn("renewing the migration lock failed: {}", e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }
}
