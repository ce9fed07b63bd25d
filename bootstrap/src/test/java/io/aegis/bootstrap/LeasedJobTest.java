package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.port.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A leased job: a node tries at each interval and runs the job only while it holds the lease. */
class LeasedJobTest {

    private static final String JOB = "test.job";

    /** One lease per job, as the database's job_leases row: a holder keeps it, another takes it once expired. */
    private static final class Leases implements JobLeases {

        private final Map<String, String> holders = new HashMap<>();
        private final Map<String, Instant> until = new HashMap<>();

        @Override
        public synchronized boolean claim(String job, String holder, Duration ttl, Instant now) {
            if (holders.containsKey(job) && !holders.get(job).equals(holder) && now.isBefore(until.get(job))) {
                return false;
            }
            holders.put(job, holder);
            until.put(job, now.plus(ttl));
            return true;
        }
    }

    @Test
    void a_node_runs_the_job_only_while_it_holds_the_lease() throws InterruptedException {
        Leases leases = new Leases();
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Duration interval = Duration.ofMillis(100);
        // another node holds the lease first
        leases.claim(JOB, "another node", Duration.ofHours(1), Instant.now());
        try (LeasedJob job = LeasedJob.start(JOB, first::incrementAndGet, leases, interval, Clock.systemUTC())) {
            Thread.sleep(600);
        }
        assertThat(first.get()).as("the lease is another node's").isZero();

        Leases free = new Leases();
        try (LeasedJob job = LeasedJob.start(JOB, second::incrementAndGet, free, interval, Clock.systemUTC())) {
            Thread.sleep(600);
        }
        assertThat(second.get()).as("a free lease is taken and the job runs each interval").isGreaterThan(1);
    }
}
