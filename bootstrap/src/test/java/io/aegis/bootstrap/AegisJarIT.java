package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product as a user runs it: {@code java -jar bootstrap/target/aegis.jar}, as a separate process. */
class AegisJarIT {

    private static final Path JAR = Path.of("target", "aegis.jar").toAbsolutePath();
    private static final String ADMIN_PASSWORD = "an administrator's password";

    @TempDir
    Path workdir;

    @Test
    void version_and_help_answer_without_a_database() throws Exception {
        Finished version = runToEnd(Map.of(), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).startsWith("aegis ");
        assertThat(runToEnd(Map.of(), "--help").output()).contains("AEGIS_DB_URL");
    }

    @Test
    void on_a_fresh_checkout_it_creates_data_aegis_db_migrates_writes_the_admin_password_to_its_file_and_serves()
            throws Exception {
        int port = freePort();
        Process aegis = start(Map.of("AEGIS_PORT", String.valueOf(port)));
        try {
            Api api = awaitHealthy(aegis, port);

            assertThat(Files.isRegularFile(workdir.resolve("data/aegis.db"))).isTrue();
            Api.Response health = api.get("/api/v1/health");
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(health.json().get("database").asText()).isEqualTo("UP");
            Path file = workdir.resolve("data/first-admin-password");
            String generated = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(log()).contains(file.toString()).doesNotContain(generated);
            Api admin = api.loggedInAs("admin", generated);
            assertThat(admin.post("/api/v1/me/password", "{\"current_password\": \"" + generated
                    + "\", \"new_password\": \"" + ADMIN_PASSWORD + "\"}").status()).isEqualTo(204);
            assertThat(admin.post("/api/v1/asset-categories", "{\"name\": \"From the jar\"}").status())
                    .isEqualTo(201);
        } finally {
            aegis.destroy();
            aegis.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigterm_lets_a_request_in_flight_finish_then_stops() throws Exception {
        int port = freePort();
        Process aegis = start(Map.of("AEGIS_PORT", String.valueOf(port), "AEGIS_ADMIN_PASSWORD", ADMIN_PASSWORD));
        String token = awaitHealthy(aegis, port).loggedInAs("admin", ADMIN_PASSWORD).credential();
        // a raw socket, so the request is surely being served when the signal arrives: Jetty answers
        // "100 Continue" only once the handler starts reading the body, which is sent after SIGTERM
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/v1/asset-categories HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readHead(in)).startsWith("HTTP/1.1 100");

            aegis.destroy();
            awaitLog("shutting down");
            out.write((chunk("{\"name\": \"Slow ") + chunk("upload\"}") + "0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 201").contains("\"name\":\"Slow upload\"");
        }
        assertThat(aegis.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(log()).contains("shutting down", "stopped");
    }

    /** Reads one response head, up to and including the empty line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    private void awaitLog(String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!log().contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(log()).contains(text);
    }

    private static String chunk(String data) {
        return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
    }

    @Test
    void migrate_and_serve_on_an_empty_mariadb_database() throws Exception {
        try (TestDatabase mariaDb = TestDatabase.mariaDb()) {
            Map<String, String> env = Map.of("AEGIS_DB_URL", mariaDb.settings().url(),
                    "AEGIS_DB_USER", mariaDb.settings().user(), "AEGIS_DB_PASSWORD", mariaDb.settings().password());

            Finished migrate = runToEnd(env, "migrate");
            assertThat(migrate.exitCode()).as(migrate.output()).isZero();
            assertThat(migrate.output()).containsPattern("[1-9][0-9]* migrations applied");

            int port = freePort();
            Map<String, String> serveEnv = new HashMap<>(env);
            serveEnv.put("AEGIS_PORT", String.valueOf(port));
            serveEnv.put("AEGIS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Process aegis = start(serveEnv);
            try {
                Api api = awaitHealthy(aegis, port).loggedInAs("admin", ADMIN_PASSWORD);
                assertThat(api.post("/api/v1/asset-categories", "{\"name\": \"On MariaDB\"}").status())
                        .isEqualTo(201);
                assertThat(api.get("/api/v1/asset-categories?name=on%20mariadb").json()
                        .get("total").asLong()).isOne();
            } finally {
                aegis.destroy();
                aegis.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(Map<String, String> env) throws IOException {
        ProcessBuilder builder = command(env, List.of());
        builder.redirectOutput(workdir.resolve("aegis.log").toFile());
        return builder.start();
    }

    private Finished runToEnd(Map<String, String> env, String... args) throws Exception {
        Process process = command(env, List.of(args)).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Finished(process.exitValue(), output);
    }

    private ProcessBuilder command(Map<String, String> env, List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("AEGIS_"));
        builder.environment().putAll(env);
        return builder;
    }

    private Api awaitHealthy(Process aegis, int port) throws InterruptedException {
        Api api = new Api(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(aegis.isAlive()).as("aegis exited early: " + log()).isTrue();
            try {
                if (api.get("/api/v1/health").status() == 200) {
                    return api;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new AssertionError("aegis did not become healthy: " + log());
    }

    private String log() {
        try {
            return Files.readString(workdir.resolve("aegis.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Finished(int exitCode, String output) {
    }
}
