package io.aegis.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests per second of one GET under a closed load, and the process's CPU time per request in the same window
 * (server and client share the process; the client's part is small and the same for every scenario): {@code connections} keep-alive connections, each sending
 * its next request as soon as the last answer is read, first for a warm-up, then for the measured time. Any
 * answer but 200 stops the run: it would measure an error.
 */
record LoadRun(int connections, Duration warmup, Duration measured) {

    /** What one scenario achieved in the measured window. */
    record Measured(double requestsPerSecond, double cpuMicrosPerRequest) {
    }

    Measured run(int port, String path, String bearerToken) {
        AtomicLong counted = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long countFrom = start + warmup.toNanos();
        long end = countFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(port, path, bearerToken)) {
                    for (long now = System.nanoTime(); now < end && failure.get() == null; now = System.nanoTime()) {
                        int status = connection.get();
                        if (status != 200) {
                            throw new IllegalStateException("GET " + path + " answered " + status);
                        }
                        if (now >= countFrom) {
                            counted.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        long cpuFrom = cpuNanosAt(countFrom);
        long cpuTo = cpuNanosAt(end);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the load on " + path + " failed", failure.get());
        }
        long requests = counted.get();
        return new Measured(requests / (measured.toNanos() / 1e9), (cpuTo - cpuFrom) / 1e3 / requests);
    }

    /** Sleeps until {@code instant} (a System.nanoTime value) and reads the process's CPU time then. */
    private static long cpuNanosAt(long instant) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, instant - System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
