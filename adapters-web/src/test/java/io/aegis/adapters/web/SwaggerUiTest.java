package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SwaggerUiTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_page_loads_the_ui_without_inline_script() {
        HttpResponse<String> page = server.get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script src=\"/api/docs/swagger-ui-bundle.js\">",
                "<script src=\"/api/docs/swagger-initializer.js\">");
        assertThat(page.body()).doesNotContain("<script>");
    }

    @Test
    void the_page_is_allowed_its_own_scripts_and_no_one_elses() {
        String policy = server.get("/api/docs").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void the_swagger_ui_script_comes_from_the_webjar() {
        HttpResponse<String> script = server.get("/api/docs/swagger-ui-bundle.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(server.get("/api/docs/swagger-ui.css").statusCode()).isEqualTo(200);
    }

    @Test
    void the_initializer_points_at_the_openapi_document() {
        HttpResponse<String> script = server.get("/api/docs/swagger-initializer.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("url: \"/api/openapi.json\"");
    }

    @Test
    void only_the_listed_files_are_served() {
        assertThat(server.get("/api/docs/index.html").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/docs/oauth2-redirect.html").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/docs/..%2F..%2FMETA-INF%2FMANIFEST.MF").statusCode()).isEqualTo(404);
    }
}
