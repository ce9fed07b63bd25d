package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The first administrator's generated password: in an owner-only file of the data folder, nowhere else. */
class FirstAdminPasswordTest {

    @TempDir
    Path folder;

    @Test
    void a_generated_password_goes_to_an_owner_only_file_and_the_log_and_console_only_say_where()
            throws IOException {
        Path dataDir = folder.resolve("data");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        root.addAppender(logs);
        logs.start();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        Wiring aegis = null;
        try (TestDatabase database = TestDatabase.sqlite(folder)) {
            aegis = Wiring.start(TestConfigs.node(dataDir, database.settings(), Nodes.newAuditKey(),
                    Map.of("AEGIS_ADMIN_PASSWORD", "")), "test");
            String generated = aegis.firstAdmin().generatedPassword().orElseThrow();
            Path file = dataDir.resolve(FirstAdminPassword.FILE_NAME);

            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(generated);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".draft"));
            }
            List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(line -> line.contains(file.toAbsolutePath().toString()));
            assertThat(lines).noneMatch(line -> line.contains(generated));
            assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(generated);
            Api.Response login = new Api(aegis.port()).post("/api/v1/auth/login",
                    "{\"username\": \"admin\", \"password\": \"" + generated + "\"}");
            assertThat(login.json().get("password_change_required").asBoolean()).isTrue();
        } finally {
            if (aegis != null) {
                aegis.close();
            }
            System.setOut(out);
            System.setErr(err);
            root.detachAppender(logs);
        }
    }

    @Test
    void a_password_the_operator_chose_writes_no_file_and_needs_no_change() {
        Path dataDir = folder.resolve("chosen");
        try (TestDatabase database = TestDatabase.sqlite(folder)) {
            Wiring aegis = Wiring.start(TestConfigs.node(dataDir, database.settings(), Nodes.newAuditKey(), Map.of()),
                    "test");
            try {
                assertThat(dataDir.resolve(FirstAdminPassword.FILE_NAME)).doesNotExist();
                assertThat(new Api(aegis.port()).post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \""
                        + TestConfigs.ADMIN_PASSWORD + "\"}").json().get("password_change_required").asBoolean())
                        .isFalse();
            } finally {
                aegis.close();
            }
        }
    }
}
