package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_FAILURES;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.application.identity.port.out.LoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

public final class JooqLoginFailures implements LoginFailures {

    private static final int MAX_USERNAME = 100;
    private static final int MAX_ADDRESS = 45;
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final DSLContext dsl;

    public JooqLoginFailures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(String username, String clientAddress, Instant at) {
        dsl.insertInto(LOGIN_FAILURES)
                .set(LOGIN_FAILURES.USERNAME, BoundedText.of(username, MAX_USERNAME))
                .set(LOGIN_FAILURES.CLIENT_ADDRESS, address(clientAddress))
                .set(LOGIN_FAILURES.FAILED_AT, at)
                .execute();
    }

    @Override
    public List<Instant> ofUsername(String username, Instant since, int max) {
        return latest(LOGIN_FAILURES.USERNAME.eq(BoundedText.of(username, MAX_USERNAME)), since, max);
    }

    @Override
    public List<Instant> fromAddress(String clientAddress, Instant since, int max) {
        return latest(LOGIN_FAILURES.CLIENT_ADDRESS.eq(address(clientAddress)), since, max);
    }

    @Override
    public void clear(String username) {
        dsl.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.USERNAME.eq(BoundedText.of(username, MAX_USERNAME)))
                .execute();
    }

    private List<Instant> latest(Condition who, Instant since, int max) {
        List<Instant> newestFirst = dsl.select(LOGIN_FAILURES.FAILED_AT).from(LOGIN_FAILURES)
                .where(who, LOGIN_FAILURES.FAILED_AT.ge(since))
                .orderBy(LOGIN_FAILURES.FAILED_AT.desc())
                .limit(max)
                .fetch(LOGIN_FAILURES.FAILED_AT);
        List<Instant> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static String address(String clientAddress) {
        String bounded = BoundedText.of(clientAddress, MAX_ADDRESS);
        return bounded == null ? UNKNOWN_ADDRESS : bounded;
    }
}
