package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Requests that break HTTP itself, or the multipart format, or stop half-way: each is a client's fault and is
 * answered as every other error is (problem+json, request id, security headers), or logged once when there
 * is nobody left to answer.
 */
class MalformedRequestTest {

    private static final int LIMIT = 10_000;
    /** Every request asks the server to close the connection after its answer, which ends the reading. */
    private static final String HOST = "Host: localhost\r\nConnection: close\r\n";
    private static final String AUTHORIZED = HOST + "Authorization: Bearer " + RunningServer.CREDENTIAL + "\r\n";
    @AutoClose
    private static final RunningServer server = RunningServer.start(LIMIT, RunningServer.HEALTHY,
            List.of(new StubController()));

    @Test
    void a_nul_byte_in_the_path_is_a_400_problem() {
        assertTransportProblem(send("GET /api/v1/health%00 HTTP/1.1\r\n" + HOST + "\r\n"), 400);
    }

    @Test
    void a_path_parameter_hiding_a_dot_dot_segment_is_a_400_problem() {
        assertTransportProblem(send("GET /api/v1/..;/v1/health HTTP/1.1\r\n" + HOST + "\r\n"), 400);
    }

    @Test
    void a_body_with_both_a_length_and_chunks_is_a_400_problem() {
        assertTransportProblem(send("POST /api/v1/stub/echo HTTP/1.1\r\n" + AUTHORIZED
                + "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n"), 400);
    }

    @Test
    void a_uri_too_long_is_a_414_problem() {
        assertTransportProblem(send("GET /api/v1/health?q=" + "a".repeat(20_000)
                + " HTTP/1.1\r\n" + HOST + "\r\n"), 414);
    }

    @Test
    void headers_too_large_are_a_431_problem() {
        assertTransportProblem(send("GET /api/v1/health HTTP/1.1\r\n" + HOST + "X-Padding: "
                + "a".repeat(20_000) + "\r\n\r\n"), 431);
    }

    @Test
    void a_request_jetty_refuses_gets_an_id_of_the_servers_not_the_clients() {
        RawHttp.Answer answer = send("GET /api/v1/..;/v1/health HTTP/1.1\r\n" + HOST
                + "X-Request-Id: client-7\r\n\r\n");

        assertThat(answer.header("X-Request-Id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void multipart_without_a_boundary_is_a_400_problem() {
        assertProblem(send(upload("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.csv\"\r\n\r\nname\r\n--x--\r\n")), 400);
    }

    @Test
    void a_truncated_multipart_body_is_a_400_problem() {
        assertProblem(send(upload("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"a.csv\"\r\n\r\nname,asset_type\r\nweb,ser")), 400);
    }

    @Test
    void a_chunked_upload_over_the_limit_is_a_413_problem() {
        String part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "a".repeat(LIMIT) + "\r\n--x--\r\n";
        assertProblem(send("POST /api/v1/stub/upload HTTP/1.1\r\n" + AUTHORIZED
                + "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(part.length()) + "\r\n" + part + "\r\n0\r\n\r\n"), 413);
    }

    @Test
    void a_chunked_body_over_the_limit_is_answered_once_the_client_has_sent_it_all() throws Exception {
        // a server that answers and closes on unread bytes makes the client's stack reset the connection,
        // and the reset can discard the 413 before the client reads it
        String chunk = "a".repeat(LIMIT);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /api/v1/stub/upload HTTP/1.1\r\n" + AUTHORIZED
                    + "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + ("%x\r\n%s\r\n".formatted(chunk.length(), chunk)).repeat(2))
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(500);
            assertThatThrownBy(() -> socket.getInputStream().read()).as("an answer before the body's end")
                    .isInstanceOf(SocketTimeoutException.class);

            socket.getOutputStream().write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            assertProblem(RawHttp.Answer.parse(new String(socket.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8)), 413);
        }
    }

    @Test
    void a_well_formed_upload_within_the_limit_is_read() {
        RawHttp.Answer answer = send(upload("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: "
                + "form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname\r\n--x--\r\n"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("4");
    }

    @Test
    void a_client_that_leaves_mid_body_is_logged_once_below_warn() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /api/v1/stub/echo HTTP/1.1\r\n" + AUTHORIZED
                    + "X-Request-Id: leaver\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"na")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
        try {
            List<ILoggingEvent> lines = linesAboutRequests(log);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).getLevel().isGreaterOrEqual(Level.WARN)).isFalse();
            assertThat(lines.get(0).getThrowableProxy()).isNull();
            assertThat(lines.get(0).getFormattedMessage()).contains("closed");
        } finally {
            root.setLevel(level);
            root.detachAppender(log);
        }
    }

    /** Every line logged for a request, once the server has logged the first; Jetty's own lines too. */
    private static List<ILoggingEvent> linesAboutRequests(ListAppender<ILoggingEvent> log)
            throws InterruptedException {
        for (int wait = 0; wait < 50 && log.list.isEmpty(); wait++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        // anything else about the same request would follow at once
        TimeUnit.MILLISECONDS.sleep(500);
        return log.list.stream()
                .filter(line -> line.getMDCPropertyMap().containsKey(RequestIds.MDC_KEY)
                        || line.getLoggerName().startsWith("org.eclipse.jetty")
                        || line.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
    }

    private static String upload(String contentType, String body) {
        return "POST /api/v1/stub/upload HTTP/1.1\r\n" + AUTHORIZED + "Content-Type: " + contentType
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static RawHttp.Answer send(String request) {
        return RawHttp.exchange(server.port(), request);
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
        JsonNode body = RunningServer.json(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("request_id").asText()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
    }

    /** Refused before any route: the same problem+json as a route's refusal, with the same headers. */
    private static void assertTransportProblem(RawHttp.Answer answer, int status) {
        assertProblem(answer, status);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.headers()).doesNotContainKey("server");
    }
}
