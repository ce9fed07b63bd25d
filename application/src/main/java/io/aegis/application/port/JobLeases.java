package io.aegis.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Claims of background jobs in the database, so that each runs on one node at a time and a dead node's claim
 * expires. A holder renews its lease by claiming it again before it runs out.
 */
public interface JobLeases {

    /**
     * Takes or renews the lease on {@code job} for {@code holder} until {@code now + ttl}, in a transaction of its
     * own; false when another holder's lease has not expired.
     */
    boolean claim(String job, String holder, Duration ttl, Instant now);
}
