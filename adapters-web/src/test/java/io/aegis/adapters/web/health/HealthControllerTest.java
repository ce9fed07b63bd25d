package io.aegis.adapters.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.web.WebServer;
import io.aegis.adapters.web.WebSettings;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.application.health.port.in.HealthView;
import io.aegis.application.port.UnauthenticatedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthControllerTest {

    @Test
    void answers_200_up_while_the_database_answers() throws Exception {
        HttpResponse<String> response = healthWhen(new HealthView(true, true));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"audit_chain\":\"UP\",\"version\":\"1.2.3\"}");
    }

    @Test
    void answers_503_down_when_the_database_does_not() throws Exception {
        HttpResponse<String> response = healthWhen(new HealthView(false, false));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(
                "{\"status\":\"DOWN\",\"database\":\"DOWN\",\"audit_chain\":\"DOWN\",\"version\":\"1.2.3\"}");
    }

    @Test
    void answers_503_down_when_the_audit_chain_is_broken() throws Exception {
        HttpResponse<String> response = healthWhen(new HealthView(true, false));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(
                "{\"status\":\"DOWN\",\"database\":\"UP\",\"audit_chain\":\"DOWN\",\"version\":\"1.2.3\"}");
    }

    private static HttpResponse<String> healthWhen(HealthView view) throws IOException, InterruptedException {
        WebServer server = new WebServer(new WebSettings("127.0.0.1", 0, 1_000, 1_000, Duration.ofSeconds(30), 100, 100,
                "1.2.3"),
                () -> view, (credential, origin, use) -> {
                    throw new UnauthenticatedException("health needs no credential");
                }, List.of(), List.of(), new SessionCookie(false));
        int port = server.start();
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }
}
