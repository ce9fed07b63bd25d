package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product as a user runs it: {@code java -jar bootstrap/target/aegis.jar}, as a separate process. */
class AegisJarIT {

    private static final Path JAR = Path.of("target", "aegis.jar").toAbsolutePath();

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
    void on_a_fresh_checkout_it_creates_data_aegis_db_migrates_and_serves() throws Exception {
        int port = freePort();
        Process aegis = start(Map.of("AEGIS_PORT", String.valueOf(port)));
        try {
            Api api = awaitHealthy(aegis, port);

            assertThat(Files.isRegularFile(workdir.resolve("data/aegis.db"))).isTrue();
            Api.Response health = api.get("/api/v1/health");
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(health.json().get("database").asText()).isEqualTo("UP");
            assertThat(api.post("/api/v1/asset-categories", "{\"name\": \"From the jar\"}").status()).isEqualTo(201);
        } finally {
            aegis.destroy();
            aegis.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigterm_lets_a_request_in_flight_finish_then_stops() throws Exception {
        int port = freePort();
        Process aegis = start(Map.of("AEGIS_PORT", String.valueOf(port)));
        Api api = awaitHealthy(aegis, port);
        CountDownLatch release = new CountDownLatch(1);
        byte[] head = "{\"name\": \"Slow ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "upload\"}".getBytes(StandardCharsets.UTF_8);
        InputStream slowBody = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            private final InputStream rest = new ByteArrayInputStream(tail);

            @Override
            public int read() throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return rest.read();
            }
        });

        CompletableFuture<HttpResponse<String>> inFlight = java.net.http.HttpClient.newHttpClient().sendAsync(
                api.request("/api/v1/asset-categories").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowBody)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        aegis.destroy();
        Thread.sleep(500);
        release.countDown();

        assertThat(inFlight.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(aegis.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(workdir.resolve("aegis.log"))).contains("shutting down", "stopped");
    }

    @Test
    void migrate_and_serve_on_an_empty_mariadb_database() throws Exception {
        try (TestDatabase mariaDb = TestDatabase.mariaDb()) {
            Map<String, String> env = Map.of("AEGIS_DB_URL", mariaDb.settings().url(),
                    "AEGIS_DB_USER", mariaDb.settings().user(), "AEGIS_DB_PASSWORD", mariaDb.settings().password());

            Finished migrate = runToEnd(env, "migrate");
            assertThat(migrate.exitCode()).as(migrate.output()).isZero();
            assertThat(migrate.output()).contains("2 migrations applied");

            int port = freePort();
            Map<String, String> serveEnv = new HashMap<>(env);
            serveEnv.put("AEGIS_PORT", String.valueOf(port));
            Process aegis = start(serveEnv);
            try {
                Api api = awaitHealthy(aegis, port);
                assertThat(api.post("/api/v1/asset-categories", "{\"name\": \"On MariaDB\"}").status())
                        .isEqualTo(201);
                assertThat(api.get("/api/v1/asset-categories?name=on mariadb".replace(" ", "%20")).json()
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
