package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.evidence.port.in.PurgeEvidenceUseCase;
import io.aegis.application.evidence.port.in.PurgeReport;
import io.aegis.application.port.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The purge job: a node tries at each interval and purges only while it holds the lease. */
class EvidencePurgerTest {

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
    void a_node_purges_only_while_it_holds_the_lease() throws InterruptedException {
        Leases leases = new Leases();
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Duration interval = Duration.ofMillis(100);
        // another node holds the lease first
        leases.claim(EvidencePurger.JOB, "another node", Duration.ofHours(1), Instant.now());
        try (EvidencePurger purging = EvidencePurger.start(counting(first), leases, interval, Clock.systemUTC())) {
            Thread.sleep(600);
        }
        assertThat(first.get()).as("the lease is another node's").isZero();

        Leases free = new Leases();
        try (EvidencePurger purging = EvidencePurger.start(counting(second), free, interval, Clock.systemUTC())) {
            Thread.sleep(600);
        }
        assertThat(second.get()).as("a free lease is taken and the purge runs each interval").isGreaterThan(1);
    }

    private static PurgeEvidenceUseCase counting(AtomicInteger runs) {
        return actor -> {
            runs.incrementAndGet();
            return new PurgeReport(List.of(), List.of());
        };
    }
}
