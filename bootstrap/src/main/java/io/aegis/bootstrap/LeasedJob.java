package io.aegis.bootstrap;

import io.aegis.application.port.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background job that runs once across the cluster per interval (the evidence purge, the purge of login records):
 * every interval each node tries to claim the job's lease, and the one that holds it runs the job; a dead node's
 * lease expires after one interval. A run that fails is logged and tried again at the next interval.
 */
final class LeasedJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeasedJob.class);

    private final ScheduledExecutorService executor;

    private LeasedJob(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** @param job the lease's name, and the thread's */
    static LeasedJob start(String job, Runnable work, JobLeases leases, Duration interval, Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aegis-" + job);
            thread.setDaemon(true);
            return thread;
        });
        String holder = AuditSealer.nodeName();
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (leases.claim(job, holder, interval, clock.instant())) {
                    work.run();
                }
            } catch (RuntimeException e) {
                LOG.error("{} failed; trying again in {}", job, interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new LeasedJob(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
