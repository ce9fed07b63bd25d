package io.aegis.bootstrap;

import io.aegis.application.audit.AuditSealingJob;
import io.aegis.application.audit.port.in.SealOutcome;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the audit trail's background work on a daemon thread of its own, once at start (so that a chain broken
 * while Aegis was down is reported before the first request) and then at every tick. A broken chain is logged
 * as an error once for each reason found.
 */
final class AuditSealer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditSealingJob job;
    private final ScheduledExecutorService ticks;
    private volatile String reported;

    private AuditSealer(AuditSealingJob job) {
        this.job = job;
        this.ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aegis-audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
    }

    static AuditSealer start(AuditSealingJob job, Duration tick) {
        AuditSealer sealer = new AuditSealer(job);
        sealer.sealNow();
        sealer.ticks.scheduleWithFixedDelay(sealer::tickQuietly, tick.toMillis(), tick.toMillis(),
                TimeUnit.MILLISECONDS);
        return sealer;
    }

    /** This node's name in job leases: unique per process, readable in the database. */
    static String nodeName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void sealNow() {
        report(job.tick());
    }

    private void tickQuietly() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next tick tries again
            LOG.warn("sealing the audit trail failed: {}", e.toString());
        }
    }

    private void report(Optional<SealOutcome> outcome) {
        Optional<String> broken = outcome.flatMap(SealOutcome::brokenReason);
        if (broken.isPresent() && !broken.get().equals(reported)) {
            LOG.error("the audit trail is BROKEN, every write is refused until it is restored (docs/SECURITY.md): {}",
                    broken.get());
        }
        reported = broken.orElse(null);
    }

    /** Stops ticking, then seals and checkpoints what the last requests wrote. */
    @Override
    public void close() {
        ticks.shutdown();
        try {
            if (!ticks.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the audit sealer did not stop within 10 s");
            }
            report(job.finish());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("sealing the audit trail at shutdown failed: {}", e.toString());
        }
    }
}
