package io.aegis.application.audit;

import io.aegis.application.audit.port.in.CheckpointAuditTrailUseCase;
import io.aegis.application.audit.port.in.SealAuditTrailUseCase;
import io.aegis.application.audit.port.in.SealOutcome;
import io.aegis.application.port.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One tick of the audit trail's background work, run every second or so on every node: the node holding the
 * lease seals what waits and, at the checkpoint interval, writes a checkpoint. The lease lasts several ticks, so
 * a dead node's work moves to another within seconds and a live one keeps it without contention.
 */
public final class AuditSealingJob {

    public static final String JOB = "audit.seal";
    static final Duration MIN_LEASE = Duration.ofSeconds(5);

    private final SealAuditTrailUseCase sealer;
    private final CheckpointAuditTrailUseCase checkpoints;
    private final JobLeases leases;
    private final String holder;
    private final Duration lease;
    private final Duration checkpointInterval;
    private final Clock clock;
    private Instant nextCheckpoint = Instant.MIN;

    /**
     * @param holder this node's name in the lease
     * @param tick   how often the caller runs {@link #tick}: the lease lasts five ticks, and at least
     *               {@link #MIN_LEASE}, so that a node missing a few ticks (a long pause) keeps it
     */
    public AuditSealingJob(SealAuditTrailUseCase sealer, CheckpointAuditTrailUseCase checkpoints, JobLeases leases,
                           String holder, Duration tick, Duration checkpointInterval, Clock clock) {
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.leases = leases;
        this.holder = holder;
        Duration fiveTicks = tick.multipliedBy(5);
        this.lease = fiveTicks.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : fiveTicks;
        this.checkpointInterval = checkpointInterval;
        this.clock = clock;
    }

    /** @return what this node sealed; empty when another node holds the lease */
    public synchronized Optional<SealOutcome> tick() {
        Instant now = clock.instant();
        if (!leases.claim(JOB, holder, lease, now)) {
            return Optional.empty();
        }
        SealOutcome outcome = sealer.seal();
        if (outcome.brokenReason().isEmpty() && !now.isBefore(nextCheckpoint)) {
            checkpoints.checkpoint();
            nextCheckpoint = now.plus(checkpointInterval);
        }
        return Optional.of(outcome);
    }

    /** Seals and checkpoints now, lease permitting: what a node does as it stops. */
    public synchronized Optional<SealOutcome> finish() {
        nextCheckpoint = Instant.MIN;
        return tick();
    }
}
