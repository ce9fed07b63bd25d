package io.aegis.benchmarks;

import java.util.Arrays;

/** The measured durations of one scenario, in nanoseconds, and their nearest-rank percentiles. */
record Latencies(long[] nanos) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    /** Nearest-rank percentile in milliseconds, {@code 0 < p <= 100}. */
    double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
