package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.bootstrap.OpenApiConformance.Exchange;
import org.junit.jupiter.api.Test;

/** The OpenAPI document refuses what it does not describe, so the contract tests that consult it can fail. */
class OpenApiConformanceTest {

    private static final String CATEGORY = "{\"id\": 7, \"name\": \"Servers\", \"description\": null, "
            + "\"color\": \"#1A2B3C\", \"is_active\": true, \"created_at\": \"2026-01-02T03:04:05Z\", "
            + "\"updated_at\": \"2026-01-02T03:04:05Z\"}";
    private static final String NOT_FOUND = "{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404, "
            + "\"instance\": \"/api/v1/asset-categories/7\", \"request_id\": \"r\", \"code\": \"not_found\"}";

    private final OpenApiConformance conformance = OpenApiConformance.served();

    @Test
    void accepts_a_documented_answer() {
        assertThat(conformance.violations(categoryAnswer(200, CATEGORY))).isEmpty();
        assertThat(conformance.violations(new Exchange("GET", "/api/v1/asset-categories/7", null, 404,
                "application/problem+json", NOT_FOUND))).isEmpty();
    }

    @Test
    void refuses_a_field_the_schema_does_not_document() {
        assertThat(conformance.violations(categoryAnswer(200, CATEGORY.replace("}", ", \"owner\": 1}"))))
                .singleElement().asString().contains("owner");
        assertThat(conformance.violations(new Exchange("GET", "/api/v1/nowhere", null, 404,
                "application/problem+json", NOT_FOUND.replace("}", ", \"hint\": \"x\"}"))))
                .singleElement().asString().contains("hint");
    }

    @Test
    void refuses_a_missing_required_field() {
        assertThat(conformance.violations(categoryAnswer(200, CATEGORY.replace("\"is_active\": true, ", ""))))
                .singleElement().asString().contains("is_active");
    }

    @Test
    void refuses_a_wrong_type_or_format() {
        assertThat(conformance.violations(categoryAnswer(200, CATEGORY.replace("\"id\": 7", "\"id\": \"7\""))))
                .isNotEmpty();
        assertThat(conformance.violations(categoryAnswer(200,
                CATEGORY.replaceFirst("2026-01-02T03:04:05Z", "yesterday")))).isNotEmpty();
    }

    @Test
    void refuses_an_undocumented_status_media_type_or_operation() {
        assertThat(conformance.violations(categoryAnswer(418, CATEGORY))).singleElement().asString()
                .contains("status 418 is not documented");
        assertThat(conformance.violations(new Exchange("GET", "/api/v1/asset-categories/7", null, 200,
                "text/csv", "id\n7\n"))).singleElement().asString().contains("text/csv");
        assertThat(conformance.violations(new Exchange("PUT", "/api/v1/asset-categories/7", null, 200,
                "application/json", CATEGORY))).singleElement().asString().contains("not documented");
    }

    @Test
    void holds_an_accepted_request_body_to_the_document_but_not_a_refused_one() {
        String unknownField = "{\"name\": \"Servers\", \"shade\": \"dark\"}";
        assertThat(conformance.violations(new Exchange("POST", "/api/v1/asset-categories", unknownField, 201,
                "application/json", CATEGORY))).singleElement().asString().contains("shade");
        assertThat(conformance.violations(new Exchange("POST", "/api/v1/asset-categories", "{not json", 400,
                "application/problem+json", NOT_FOUND.replace("404", "400")))).isEmpty();
    }

    @Test
    void does_not_judge_paths_outside_the_api() {
        assertThat(conformance.violations(new Exchange("GET", "/api/docs", null, 200, "text/html", "<html>")))
                .isEmpty();
    }

    private static Exchange categoryAnswer(int status, String body) {
        return new Exchange("GET", "/api/v1/asset-categories/7", null, status, "application/json", body);
    }
}
