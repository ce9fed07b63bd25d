package io.aegis.adapters.persistence;

import static io.aegis.adapters.persistence.jooq.Tables.JOB_LEASES;

import io.aegis.application.port.JobLeases;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * Leases as one conditional UPDATE of the job's row: it succeeds for the holder itself or once the lease has
 * expired, so of several nodes claiming at once exactly one changes the row. Jobs are rows that migrations add. On a
 * Galera cluster the nodes' UPDATEs of the row may all run, and all but one fail to commit (a certification
 * conflict, reported as a deadlock): those lost the race, which is a lease not taken, not an error.
 */
public final class JooqJobLeases implements JobLeases {

    private final DSLContext dsl;

    public JooqJobLeases(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(String job, String holder, Duration ttl, Instant now) {
        try {
            return dsl.transactionResult(tx -> tx.dsl().update(JOB_LEASES)
                    .set(JOB_LEASES.HOLDER, holder)
                    .set(JOB_LEASES.EXPIRES_AT, now.plus(ttl))
                    .where(JOB_LEASES.NAME.eq(job))
                    .and(JOB_LEASES.HOLDER.eq(holder).or(JOB_LEASES.EXPIRES_AT.lt(now)))
                    .execute() == 1);
        } catch (RuntimeException lost) {
            if (TransactionRetry.isRetryable(lost)) {
                return false;
            }
            throw lost;
        }
    }
}
