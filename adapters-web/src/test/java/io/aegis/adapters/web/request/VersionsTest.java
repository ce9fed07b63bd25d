package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.RunningServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ETags as a stub route renders them, and their way back through {@code If-Match}. The header's list syntax is
 * covered over the whole product by bootstrap's RequestSyntaxApiContract.
 */
class VersionsTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        Controller versions = () -> List.of(
                ApiRoute.get("/tagged", ctx -> Versions.tag(ctx, Instant.parse(ctx.queryParam("version")))),
                ApiRoute.get("/admits", ctx -> ctx.result(String.valueOf(
                        Versions.expected(ctx).admits(Instant.parse(ctx.queryParam("version")))))));
        server = RunningServer.start(List.of(versions));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "1970-01-01T00:00:00Z,            \"0\"",
        "2026-01-31T10:00:00.123Z,        \"1769853600123\"",
        "2026-01-31T10:00:00.123999999Z,  \"1769853600123\"",
    })
    void the_etag_is_a_strong_tag_of_the_versions_epoch_milliseconds(String version, String etag) {
        assertThat(server.get("/api/v1/tagged?version=" + version).headers().firstValue("ETag")).hasValue(etag);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-31T10:00:00.123Z", "1970-01-01T00:00:00Z", "2262-04-11T23:47:16.854Z"})
    void the_etag_sent_back_in_if_match_names_the_same_version(String version) {
        String etag = server.get("/api/v1/tagged?version=" + version).headers().firstValue("ETag").orElseThrow();

        assertThat(server.send(server.request("/api/v1/admits?version=" + version).header("If-Match", etag)).body())
                .isEqualTo("true");
        assertThat(server.send(server.request("/api/v1/admits?version=" + Instant.parse(version).plusMillis(1))
                .header("If-Match", etag)).body()).isEqualTo("false");
        assertThat(server.send(server.request("/api/v1/admits?version=" + version).header("If-Match", "W/" + etag))
                .body()).isEqualTo("false");
    }
}
