package io.aegis.bootstrap;

import io.aegis.application.evidence.port.in.PurgeEvidenceUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence purge in the background: every interval each node tries to claim the job's lease, and the one that
 * holds it purges, so that the purge runs once across the cluster per interval; a dead node's lease expires after
 * one interval. A purge that fails is logged and tried again at the next interval.
 */
final class EvidencePurger implements AutoCloseable {

    static final String JOB = "evidence.purge";
    private static final Logger LOG = LoggerFactory.getLogger(EvidencePurger.class);

    private final ScheduledExecutorService executor;

    private EvidencePurger(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static EvidencePurger start(PurgeEvidenceUseCase purge, JobLeases leases, Duration interval, Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aegis-evidence-purge");
            thread.setDaemon(true);
            return thread;
        });
        String holder = AuditSealer.nodeName();
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (leases.claim(JOB, holder, interval, clock.instant())) {
                    var report = purge.purge(Actor.system(JOB));
                    LOG.info("evidence purge: {} expired evidence and {} unnamed files removed",
                            report.evidence().size(), report.files().size());
                }
            } catch (RuntimeException e) {
                LOG.error("evidence purge failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new EvidencePurger(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
