package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document describes exactly the routes the product registers: a route added in
 * {@link Wiring} without its documentation (or documentation left behind by a removed route) fails here.
 */
class OpenApiCoverageTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");

    @Test
    void documents_exactly_the_registered_routes(@TempDir Path folder) {
        try (Wiring aegis = Wiring.start(TestConfigs.onEphemeralPort(folder), "coverage")) {
            JsonNode document = new Api(aegis.port()).get("/api/openapi.json").json();

            Set<String> registered = new TreeSet<>();
            aegis.apiRoutes().forEach(route ->
                    registered.add(route.method().name().toLowerCase(Locale.ROOT) + " " + route.path()));
            Set<String> documented = new TreeSet<>();
            document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                    .filter(member -> HTTP_METHODS.contains(member.getKey()))
                    .forEach(operation -> documented.add(operation.getKey() + " " + path.getKey())));

            assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api/v1");
            assertThat(documented).isEqualTo(registered);
        }
    }
}
