package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test stands on: Aegis on SQLite (the pages call the same use cases the API contracts hold to
 * both databases), one headless Chromium for the class, a new visitor for each test, and the users and roles a test
 * signs in as.
 */
abstract class BrowserContract extends RunningAegisContract {

    protected static final String PASSWORD = "a perfectly long password";
    protected Browser browser;

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }

    @BeforeAll
    void openBrowser() {
        browser = Browser.on(aegis.port());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetCookies().resize(1280, 900);
    }

    protected void signIn(String username, String password) {
        browser.open("/sign-in").type("username", username).type("password", password).submit("#password");
    }

    /** A role holding {@code permissions} everywhere, made through the API; returns its id. */
    protected long role(String... permissions) {
        Api.Response created = admin.post("/api/v1/roles", "{\"name\": \"web-" + suffix() + "\", \"permissions\": [\""
                + String.join("\", \"", permissions) + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A user holding {@code role}, with {@link #PASSWORD}, made through the API; returns the username. */
    protected String newUser(long role, boolean mustChangePassword) {
        String name = "web-" + suffix();
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"" + PASSWORD + "\", \"role_ids\": [" + role + "]"
                + (mustChangePassword ? "" : ", \"must_change_password\": false") + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    protected static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
