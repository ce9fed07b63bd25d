package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every API contract stands on: Aegis started with the real wiring on a throwaway database (a
 * subclass per database kind), an anonymous client, a client logged in as the first administrator,
 * and a separate connection to look at the database behind the API's back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningAegisContract {

    private TestDatabase testDatabase;
    protected Wiring aegis;
    protected Database probe;
    protected Api anonymous;
    protected Api admin;

    /** The database this run of the contract uses. */
    abstract TestDatabase database(Path folder);

    @BeforeAll
    void startAegis(@TempDir Path folder) {
        testDatabase = database(folder);
        var settings = testDatabase.settings();
        aegis = Wiring.start(TestConfigs.onEphemeralPort(folder)
                .withDatabase(settings.url(), settings.user(), settings.password()), "test");
        anonymous = new Api(aegis.port());
        admin = anonymous.loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
        probe = testDatabase.open();
    }

    @AfterAll
    void stopAegis() {
        if (aegis != null) {
            aegis.close();
        }
        if (probe != null) {
            probe.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }
}
