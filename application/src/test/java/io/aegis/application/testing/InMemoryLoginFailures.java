package io.aegis.application.testing;

import io.aegis.application.identity.port.out.LoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

public final class InMemoryLoginFailures implements LoginFailures {

    private record Failure(String username, String clientAddress, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    /** Use-case tests over this store make one attempt at a time: there is nobody to wait for. */
    @Override
    public void takeTurn(String username, String clientAddress) {
    }

    @Override
    public synchronized void record(String username, String clientAddress, Instant at) {
        failures.add(new Failure(username, clientAddress, at));
    }

    @Override
    public synchronized List<Instant> ofUsername(String username, Instant since, int max) {
        return latest(failure -> failure.username().equals(username), since, max);
    }

    @Override
    public synchronized List<Instant> fromAddress(String clientAddress, Instant since, int max) {
        return latest(failure -> failure.clientAddress().equals(clientAddress), since, max);
    }

    @Override
    public synchronized void clear(String username) {
        failures.removeIf(failure -> failure.username().equals(username));
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff) {
        int before = failures.size();
        failures.removeIf(failure -> failure.at().isBefore(cutoff));
        return before - failures.size();
    }

    private List<Instant> latest(Predicate<Failure> who, Instant since, int max) {
        List<Instant> matching = failures.stream().filter(who).map(Failure::at).filter(at -> !at.isBefore(since))
                .sorted().toList();
        return matching.subList(Math.max(0, matching.size() - max), matching.size());
    }
}
