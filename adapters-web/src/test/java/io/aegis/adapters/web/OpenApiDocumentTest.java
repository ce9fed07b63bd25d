package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document is well formed and served. That it documents exactly the routes the
 * product registers is proven in bootstrap (OpenApiCoverageTest), where the real wiring is.
 */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final JsonNode document = load();

    @Test
    void is_an_openapi_3_1_document_served_under_the_v1_base() {
        assertThat(document.get("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo(WebServer.API_BASE);
    }

    @Test
    void every_reference_points_at_a_component_that_exists() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void every_operation_has_an_id_and_answers_errors_as_problems() {
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> HTTP_METHODS.contains(operation.getKey()))
                .forEach(operation -> {
                    assertThat(operation.getValue().has("operationId")).as(operation.getKey() + " " + path.getKey())
                            .isTrue();
                    assertThat(operation.getValue().at("/responses/500/$ref").asText())
                            .isEqualTo("#/components/responses/InternalError");
                }));
    }

    @Test
    void is_served_with_the_running_version() {
        try (RunningServer server = RunningServer.start(List.of())) {
            HttpResponse<String> response = server.get("/api/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode served = RunningServer.json(response);
            assertThat(served.at("/info/version").asText()).isEqualTo(RunningServer.VERSION);
            assertThat(served.get("paths")).isEqualTo(document.get("paths"));
        }
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.properties().forEach(member -> {
                if (member.getKey().equals("$ref")) {
                    references.add(member.getValue().asText());
                } else {
                    collectReferences(member.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
