package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT_TURNS;
import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_FAILURES;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.application.identity.port.out.LoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

public final class JooqLoginFailures implements LoginFailures {

    private static final int MAX_USERNAME = 100;
    private static final int MAX_ADDRESS = 45;
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final DSLContext dsl;
    private final DSLContext upserts;

    public JooqLoginFailures(DSLContext dsl) {
        this.dsl = dsl;
        // the MYSQL dialect writes an upsert in MySQL 8.0.19's form (VALUES ... AS excluded), which MariaDB refuses;
        // the MARIADB dialect's form runs on both (same connection and transaction: a derived configuration)
        this.upserts = dsl.dialect() == SQLDialect.MYSQL ? dsl.configuration().derive(SQLDialect.MARIADB).dsl() : dsl;
    }

    /**
     * Adds one to the username's and the address's rows of {@code login_attempt_turns}: on MySQL / MariaDB the
     * increment locks each row until commit (always the username's first, so two turns never wait on each other
     * in a circle), and as a write it makes two Galera nodes judging the same subject conflict at commit. SQLite's
     * IMMEDIATE transaction holds the only write lock already. The failures read after it are therefore read after
     * the previous turn committed: the transaction's first plain read comes after the increment.
     */
    @Override
    public void takeTurn(String username, String clientAddress) {
        count("username:" + BoundedText.of(username, MAX_USERNAME));
        count("address:" + address(clientAddress));
    }

    private void count(String subject) {
        upserts.insertInto(LOGIN_ATTEMPT_TURNS)
                .set(LOGIN_ATTEMPT_TURNS.SUBJECT, subject)
                .set(LOGIN_ATTEMPT_TURNS.ATTEMPTS, 1L)
                .onDuplicateKeyUpdate()
                .set(LOGIN_ATTEMPT_TURNS.ATTEMPTS, LOGIN_ATTEMPT_TURNS.ATTEMPTS.plus(1))
                .execute();
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

    @Override
    public int forgetBefore(Instant cutoff) {
        return dsl.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.FAILED_AT.lt(cutoff)).execute();
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
