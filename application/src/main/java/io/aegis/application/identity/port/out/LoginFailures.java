package io.aegis.application.identity.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed password checks, shared by every node through the database. An attempt is recorded as a failure before
 * its password is compared, and forgotten again when the password proves right.
 */
public interface LoginFailures {

    /**
     * Waits until no other transaction, on this node or another, is judging an attempt of {@code username} or from
     * {@code clientAddress}, and makes the others wait until this transaction ends. Called first in the
     * transaction that reads the failures and records the next one, so that parallel attempts are judged one
     * after the other, each seeing the failures recorded before it.
     */
    void takeTurn(String username, String clientAddress);

    void record(String username, String clientAddress, Instant at);

    /** The latest {@code max} failures of {@code username} since {@code since}, oldest first. */
    List<Instant> ofUsername(String username, Instant since, int max);

    /** The latest {@code max} failures from {@code clientAddress} since {@code since}, oldest first. */
    List<Instant> fromAddress(String clientAddress, Instant since, int max);

    /** Forgets the username's failures after it logged in successfully. */
    void clear(String username);

    /** Forgets every failure recorded before {@code cutoff}: the retention of login records. @return how many */
    int forgetBefore(Instant cutoff);
}
