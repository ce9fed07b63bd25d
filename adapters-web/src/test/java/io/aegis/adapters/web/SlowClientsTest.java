package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request body a byte at a time must not take the server from everybody else (issue #8:
 * 250 of them made {@code /health} time out). The one test in the suite where a time bound is the point.
 */
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 300;
    /** Unauthenticated: a chunked JSON body is read before the caller is known. */
    private static final byte[] FIRST_BYTE_OF_A_BODY = ("POST /api/v1/stub/echo HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void health_answers_in_under_100_ms_while_300_clients_trickle_their_bodies() throws Exception {
        try (RunningServer server = RunningServer.start(List.of(new StubController()))) {
            assertThat(health(server).statusCode()).isEqualTo(200);
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(trickle(server));
                }
                // lets the server take every one of them up before the first probe
                TimeUnit.MILLISECONDS.sleep(500);

                List<Long> millis = new ArrayList<>();
                for (int probe = 0; probe < 11; probe++) {
                    long started = System.nanoTime();
                    HttpResponse<String> response = health(server);
                    millis.add((System.nanoTime() - started) / 1_000_000);

                    assertThat(response.statusCode()).isEqualTo(200);
                }
                // the median, so that a busy test machine's scheduling hiccup is not taken for a starved server
                // (which answers no probe within seconds); the slowest probe bounds the hiccups
                List<Long> sorted = millis.stream().sorted().toList();
                assertThat(sorted.get(sorted.size() / 2)).as("median of %s ms", millis).isLessThan(100);
                assertThat(sorted.get(sorted.size() - 1)).as("slowest of %s ms", millis).isLessThan(1_000);
            } finally {
                slow.forEach(SlowClientsTest::close);
            }
        }
    }

    @Test
    void a_client_address_with_its_connections_all_open_is_refused_more() throws Exception {
        WebSettings settings = new WebSettings("127.0.0.1", 0, 1_000_000, 1_000_000, RunningServer.BODY_TIMEOUT,
                1_000, 5, RunningServer.VERSION);
        try (RunningServer server = RunningServer.start(settings, RunningServer.HEALTHY,
                List.of(new StubController()))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    slow.add(trickle(server));
                }
                // the server takes connections up asynchronously: the sixth is tried once it has counted all five
                InetAddress loopback = InetAddress.getByName("127.0.0.1");
                assertThat(eventually(() -> server.server().openConnectionsFrom(loopback) == 5 ? 5 : refused()))
                        .isEqualTo(5);

                assertThatThrownBy(() -> statusOverNewConnection(server)).hasRootCauseInstanceOf(IOException.class);

                close(slow.remove(0));
                // the server counts the closed one out as soon as it notices; nothing here waits on a clock
                assertThat(eventually(() -> statusOverNewConnection(server))).isEqualTo(200);
            } finally {
                slow.forEach(SlowClientsTest::close);
            }
        }
    }

    @Test
    void a_body_still_incomplete_at_the_deadline_is_a_408_problem() {
        WebSettings settings = RunningServer.settings(1_000_000, Duration.ofMillis(500));
        try (RunningServer server = RunningServer.start(settings, RunningServer.HEALTHY,
                List.of(new StubController()))) {
            RawHttp.Answer answer = RawHttp.exchange(server.port(), new String(FIRST_BYTE_OF_A_BODY,
                    StandardCharsets.US_ASCII));

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
            assertThat(RunningServer.json(answer.body()).get("request_id").asText())
                    .isEqualTo(answer.header("X-Request-Id"));
        }
    }

    /** A connection that sent the first byte of a body and will send nothing more. */
    private static Socket trickle(RunningServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write(FIRST_BYTE_OF_A_BODY);
        socket.getOutputStream().flush();
        return socket;
    }

    /** The first answer of up to 50 tries. */
    private static int eventually(IntSupplier attempt) throws InterruptedException {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.getAsInt();
            } catch (UncheckedIOException refused) {
                if (tries == 50) {
                    throw refused;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /** What {@link #eventually} reads as "not yet". */
    private static int refused() {
        throw new UncheckedIOException(new IOException("not yet"));
    }

    /** {@code GET /health} over a connection of its own, closed after the answer's status line. */
    private static int statusOverNewConnection(RunningServer server) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            if (statusLine == null) {
                throw new IOException("closed without an answer");
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> health(RunningServer server) {
        return server.send(server.anonymousRequest("/api/v1/health").timeout(Duration.ofSeconds(2)));
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the server may have closed it first
        }
    }
}
