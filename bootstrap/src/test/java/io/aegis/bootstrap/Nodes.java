package io.aegis.bootstrap;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several Aegis nodes started in one process at the same moment, as a cluster's nodes start after a deployment. */
final class Nodes {

    private Nodes() {
    }

    /** What one node's start gave: the running node, or why it did not start. */
    record Start(Wiring node, RuntimeException failure) {

        Wiring started() {
            if (failure != null) {
                throw new AssertionError("a node failed to start: " + failure, failure);
            }
            return node;
        }
    }

    /** A fresh audit key, in the form of {@code AEGIS_AUDIT_KEY}, for every node of one cluster. */
    static String newAuditKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** Starts one node per configuration, each on a thread of its own, all released by one latch; in order. */
    static List<Start> startTogether(List<AegisConfig> configs) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(configs.size());
        try {
            List<Future<Start>> starts = new ArrayList<>();
            for (AegisConfig config : configs) {
                starts.add(threads.submit(() -> {
                    go.await();
                    try {
                        return new Start(Wiring.start(config, "test"), null);
                    } catch (RuntimeException e) {
                        return new Start(null, e);
                    }
                }));
            }
            go.countDown();
            List<Start> results = new ArrayList<>();
            for (Future<Start> start : starts) {
                results.add(start.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("starting the nodes was interrupted", e);
        } finally {
            threads.shutdown();
        }
    }

    /** Stops every node that started. */
    static void stop(List<Start> starts) {
        for (Start start : starts) {
            if (start.node() != null) {
                start.node().close();
            }
        }
    }
}
