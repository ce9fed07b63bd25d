package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The login throttle against guesses sent in parallel, over real HTTP on each database. A database of its own,
 * because every guess here also draws on the budget of the tests' one client address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LoginThrottleApiContract extends RunningAegisContract {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String PASSWORD = "the one right password";
    private static final int GUESSES = 60;
    private static final int PER_USERNAME = 5;
    private static final int PER_ADDRESS = 20;

    @Test
    @Order(1)
    void parallel_guesses_get_no_more_password_checks_than_the_limit_and_then_not_even_the_right_one() {
        String name = newUser();

        List<Api.Response> guesses = Together.send(GUESSES,
                i -> anonymous.post(LOGIN, credentials(name, "wrong password " + i)));

        assertThat(guesses).filteredOn(answer -> answer.status() != 429).hasSize(PER_USERNAME)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(401));
        assertThat(failuresOf(name)).isEqualTo(PER_USERNAME);
        assertThat(Together.send(GUESSES, i -> anonymous.post(LOGIN,
                credentials(name, i == GUESSES / 2 ? PASSWORD : "still wrong " + i))))
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(429));
    }

    @Test
    @Order(2)
    void parallel_wrong_current_passwords_draw_on_the_same_budget_as_the_login() {
        String name = newUser();
        Api user = anonymous.loggedInAs(name, PASSWORD);

        List<Api.Response> guesses = Together.send(GUESSES, i -> user.post("/api/v1/me/password",
                passwordChange("wrong password " + i)));

        assertThat(guesses).filteredOn(answer -> answer.status() != 429).hasSize(PER_USERNAME)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(422));
        assertThat(failuresOf(name)).isEqualTo(PER_USERNAME);
        assertThat(Together.send(GUESSES, i -> user.post("/api/v1/me/password",
                passwordChange(i == GUESSES / 2 ? PASSWORD : "still wrong " + i))))
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(429));
        assertThat(anonymous.post(LOGIN, credentials(name, PASSWORD)).status()).isEqualTo(429);
    }

    /** Spends what is left of the one client address's budget, so it runs last. */
    @Test
    @Order(3)
    void parallel_guesses_at_many_usernames_get_no_more_password_checks_than_the_address_has_left() {
        int left = PER_ADDRESS - probe.dsl().fetchCount(LOGIN_FAILURES);
        String name = newUser();

        List<Api.Response> guesses = Together.send(GUESSES,
                i -> anonymous.post(LOGIN, credentials("unknown-" + i + "-" + name, PASSWORD)));

        assertThat(guesses).filteredOn(answer -> answer.status() != 429).hasSize(left)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(401));
        assertThat(probe.dsl().fetchCount(LOGIN_FAILURES)).isEqualTo(PER_ADDRESS);
        assertThat(anonymous.post(LOGIN, credentials(name, PASSWORD)).status()).isEqualTo(429);
    }

    private int failuresOf(String username) {
        return probe.dsl().fetchCount(LOGIN_FAILURES, LOGIN_FAILURES.USERNAME.eq(username));
    }

    private String newUser() {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"%s\", \"email\": \"%s@example.com\","
                .formatted(name, name) + " \"password\": \"" + PASSWORD + "\", \"role_ids\": [2],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    private static String passwordChange(String current) {
        return "{\"current_password\": \"" + current + "\", \"new_password\": \"another long enough password\"}";
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }
}
