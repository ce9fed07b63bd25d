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
 * lease seals what waits, and every node, at the checkpoint interval, writes a checkpoint of the chain to its own
 * file. The lease lasts several ticks, so a dead node's sealing moves to another within seconds and a live one
 * keeps it without contention. The interval starts when a checkpoint is written: while the chain is empty or has
 * not moved, every tick tries again, so the first rows sealed are checkpointed at once.
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
        Optional<SealOutcome> outcome = leases.claim(JOB, holder, lease, now) ? Optional.of(sealer.seal())
                : Optional.empty();
        // a checkpoint of the empty chain starts no interval: the first rows sealed are checkpointed at the next tick
        if (outcome.flatMap(SealOutcome::brokenReason).isEmpty() && !now.isBefore(nextCheckpoint)
                && checkpoints.checkpoint().filter(written -> written.chainSeq() > 0).isPresent()) {
            nextCheckpoint = now.plus(checkpointInterval);
        }
        return outcome;
    }

    /** Seals (lease permitting) and checkpoints now: what a node does as it stops. */
    public synchronized Optional<SealOutcome> finish() {
        nextCheckpoint = Instant.MIN;
        return tick();
    }
}
