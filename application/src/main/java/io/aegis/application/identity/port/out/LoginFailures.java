package io.aegis.application.identity.port.out;

import java.time.Instant;
import java.util.List;

/** Failed logins, shared by every node through the database. */
public interface LoginFailures {

    void record(String username, String clientAddress, Instant at);

    /** The latest {@code max} failures of {@code username} since {@code since}, oldest first. */
    List<Instant> ofUsername(String username, Instant since, int max);

    /** The latest {@code max} failures from {@code clientAddress} since {@code since}, oldest first. */
    List<Instant> fromAddress(String clientAddress, Instant since, int max);

    /** Forgets the username's failures after it logged in successfully. */
    void clear(String username);
}
