package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.OnBothEmptyDatabases;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * What every API contract stands on: Aegis started with the real wiring on a throwaway database, once on
 * SQLite and once on MariaDB ({@link OnBothEmptyDatabases}, inherited by each contract's test), an anonymous
 * client, a client logged in as the first administrator, and a separate connection to look at the database
 * behind the API's back.
 */
@OnBothEmptyDatabases
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningAegisContract {

    @Parameter
    Function<Path, TestDatabase> kind;

    private TestDatabase testDatabase;
    protected Wiring aegis;
    protected Database probe;
    protected Api anonymous;
    protected Api admin;
    private AegisConfig config;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startAegis(@TempDir Path folder) {
        testDatabase = kind.apply(folder);
        var settings = testDatabase.settings();
        config = TestConfigs.onEphemeralPort(folder).withDatabase(settings.url(), settings.user(),
                settings.password());
        start();
        probe = testDatabase.open();
    }

    /**
     * Stops Aegis and starts it again on the same database and data folder, as an operator would; the clients
     * keep their credentials.
     */
    protected void restartAegis() {
        aegis.close();
        aegis = Wiring.start(config, "test");
        anonymous = new Api(aegis.port());
        admin = anonymous.withCredential(admin.credential());
    }

    private void start() {
        aegis = Wiring.start(config, "test");
        anonymous = new Api(aegis.port());
        admin = anonymous.loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
    }

    /** Forgets what it stopped: both runs share this instance, and a run that never started stops nothing. */
    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopAegis() {
        if (aegis != null) {
            aegis.close();
            aegis = null;
        }
        if (probe != null) {
            probe.close();
            probe = null;
        }
        if (testDatabase != null) {
            testDatabase.close();
            testDatabase = null;
        }
    }
}
