package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.web.ApiRoute;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated from the route table itself: every registered route refuses anonymous callers unless it is
 * on the public list, and every write route refuses a ReadOnly user. A route added later without
 * protection, or without an example body here, fails this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTest {

    /** The only routes anyone may call. */
    private static final Set<String> PUBLIC = Set.of("GET /health", "POST /auth/login");

    /** What a user who must change their password may still do. */
    private static final Set<String> DURING_PASSWORD_CHANGE = Set.of("POST /me/password", "GET /me",
            "POST /auth/logout");

    /** Writes any authenticated user may make about themselves: they need no permission. */
    private static final Set<String> SELF_SERVICE = Set.of("POST /auth/logout", "POST /me/password",
            "POST /api-keys", "DELETE /api-keys/{id}");

    /**
     * A well-formed body for every write route, so that the refusal observed is the permission check and
     * not the body's syntax. A new write route needs an entry here.
     */
    static final Map<String, String> EXAMPLE_BODIES = Map.ofEntries(
            Map.entry("POST /asset-categories", "{\"name\": \"Matrix\"}"),
            Map.entry("PATCH /asset-categories/{id}", "{\"name\": \"Matrix 2\"}"),
            Map.entry("POST /assets", "{\"name\": \"matrix\", \"asset_type\": \"server\"}"),
            Map.entry("PATCH /assets/{id}", "{\"criticality\": \"high\"}"),
            Map.entry("POST /assets/import", "name,asset_type\r\nmatrix,server\r\n"),
            Map.entry("POST /assets/bulk-deactivations", "{\"ids\": [1]}"),
            Map.entry("POST /asset-relationships/import",
                    "source_asset_id,relationship_type,target_asset_id\r\n1,connects_to,2\r\n"),
            Map.entry("POST /asset-relationships", "{\"source_asset_id\": 1, \"target_asset_id\": 2,"
                    + " \"relationship_type\": \"depends_on\"}"),
            Map.entry("PATCH /asset-relationships/{id}", "{\"is_critical_dependency\": true}"),
            Map.entry("POST /users", "{\"username\": \"matrix\", \"email\": \"matrix@example.com\","
                    + " \"password\": \"a long enough password\"}"),
            Map.entry("PATCH /users/{id}", "{\"full_name\": \"Matrix\"}"),
            Map.entry("PUT /users/{id}/roles", "{\"role_ids\": [3]}"),
            Map.entry("POST /users/{id}/password", "{}"),
            Map.entry("PUT /users/{id}/role-assignments", "[{\"role_id\": 3, \"org_unit_id\": 1}]"),
            Map.entry("POST /roles", "{\"name\": \"Matrix\", \"permissions\": [\"risk:read\"]}"),
            Map.entry("PATCH /roles/{id}", "{\"description\": \"matrix\"}"),
            Map.entry("POST /risks", "{\"title\": \"Matrix\", \"category\": \"technical\","
                    + " \"inherent_likelihood\": 1, \"inherent_impact\": 1}"),
            Map.entry("PATCH /risks/{id}", "{\"title\": \"Matrix 2\"}"),
            Map.entry("POST /risks/{id}/scores", "{\"inherent_likelihood\": 1, \"inherent_impact\": 1}"),
            Map.entry("POST /risks/{id}/transitions", "{\"to\": \"assessed\"}"),
            Map.entry("POST /risks/bulk-transitions", "{\"ids\": [1], \"to\": \"assessed\"}"),
            Map.entry("POST /risks/{id}/reviews", "{\"note\": \"looked at it\"}"),
            Map.entry("POST /risks/{id}/acceptances", "{\"rationale\": \"insured\", \"expires_on\": \"2099-01-01\"}"),
            Map.entry("POST /risks/{id}/acceptances/{aid}/decision", "{\"decision\": \"approve\"}"),
            Map.entry("POST /risks/{id}/acceptances/{aid}/withdrawal", "{}"),
            Map.entry("PUT /risks/{id}/controls/{control_id}",
                    "{\"treatment_state\": \"claimed\", \"reduces\": \"both\"}"),
            Map.entry("POST /risk-matrices", RiskMatrixApiContract.body("Matrix", 3, 3, false)),
            Map.entry("PATCH /risk-matrices/{id}", "{\"description\": \"matrix\"}"),
            Map.entry("POST /org-units", "{\"name\": \"Matrix\", \"parent_id\": 1}"),
            Map.entry("PATCH /org-units/{id}", "{\"description\": \"matrix\"}"),
            Map.entry("POST /frameworks/import", "{\"catalog\": {\"metadata\": {\"title\": \"Matrix\"},"
                    + " \"controls\": [{\"id\": \"m-1\", \"title\": \"Matrix\"}]}}"),
            Map.entry("POST /frameworks/{id}/baselines/import", "{\"profile\": {\"metadata\": {\"title\":"
                    + " \"Matrix\"}, \"imports\": [{\"include-controls\": [{\"with-ids\": [\"m-1\"]}]}]}}"),
            Map.entry("POST /catalogs/bundled/{key}/import", "{}"),
            Map.entry("POST /control-mappings", "{\"source_control_id\": 1, \"target_control_id\": 2,"
                    + " \"mapping_type\": \"related\"}"),
            Map.entry("PATCH /control-mappings/{id}", "{\"mapping_type\": \"equal\"}"),
            Map.entry("POST /control-mappings/import", "Source,Target\r\nAC-1,GV.OC-01\r\n"),
            Map.entry("POST /assessments", "{\"name\": \"Matrix\", \"assessment_type\": \"internal\","
                    + " \"framework_id\": 1}"),
            Map.entry("PATCH /assessments/{id}", "{\"scope\": \"matrix\"}"),
            Map.entry("POST /assessments/{id}/transitions", "{\"to\": \"in_progress\"}"),
            Map.entry("PUT /assessments/{id}/controls/{control_id}", "{\"implementation_status\": \"implemented\"}"),
            Map.entry("POST /assessments/{id}/gaps/tasks", "{}"),
            Map.entry("POST /tasks", "{\"title\": \"Matrix\"}"),
            Map.entry("PATCH /tasks/{id}", "{\"progress_percentage\": 10}"),
            Map.entry("POST /tasks/{id}/transitions", "{\"to\": \"in_progress\"}"),
            Map.entry("POST /tasks/{id}/comments", "{\"comment\": \"matrix\"}"),
            Map.entry("POST /evidence", "evidence"),
            Map.entry("POST /evidence/{id}/controls", "{\"control_id\": 1}"),
            Map.entry("POST /tasks/{id}/evidence", "{\"evidence_id\": 1}"));

    /** The query a route needs to be well-formed, so that the refusal observed is the permission check. */
    static final Map<String, String> EXAMPLE_QUERIES = Map.of(
            "POST /control-mappings/import", "?format=csv&source_framework_id=1&target_framework_id=2");

    /** Upload routes: their example body is sent as the part {@code file} of a multipart/form-data body. */
    static final Set<String> MULTIPART = Set.of("POST /assets/import", "POST /asset-relationships/import",
            "POST /frameworks/import", "POST /frameworks/{id}/baselines/import", "POST /control-mappings/import",
            "POST /evidence");
    static final String BOUNDARY = "matrix-boundary";

    private Wiring aegis;
    private Api anonymous;
    private Api readOnly;
    private Api newcomer;

    @BeforeAll
    void start(@TempDir Path folder) {
        aegis = Wiring.start(TestConfigs.onEphemeralPort(folder), "matrix");
        anonymous = new Api(aegis.port());
        Api admin = anonymous.loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"reader\", \"email\":"
                + " \"reader@example.com\", \"password\": \"reading all day long\", \"role_ids\": [3],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        readOnly = anonymous.loggedInAs("reader", "reading all day long");
        // an administrator whose password another administrator chose: everything is open to them but for that
        created = admin.post("/api/v1/users", "{\"username\": \"newcomer\", \"email\":"
                + " \"newcomer@example.com\", \"password\": \"chosen by somebody else\", \"role_ids\": [1]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        newcomer = anonymous.loggedInAs("newcomer", "chosen by somebody else");
    }

    @AfterAll
    void stop() {
        if (aegis != null) {
            aegis.close();
        }
    }

    @Test
    void exactly_health_and_login_are_public() {
        Set<String> open = aegis.apiRoutes().stream().filter(route -> route.access() == ApiRoute.Access.PUBLIC)
                .map(AccessControlMatrixTest::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(open).isEqualTo(new TreeSet<>(PUBLIC));
    }

    @TestFactory
    List<DynamicTest> every_protected_route_refuses_anonymous_callers_with_401() {
        return aegis.apiRoutes().stream()
                .filter(route -> !PUBLIC.contains(name(route)))
                .map(route -> DynamicTest.dynamicTest(name(route), () -> {
                    Api.Response response = anonymous.send(request(anonymous, route));
                    assertThat(response.status()).as(response.toString()).isEqualTo(401);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> every_write_route_refuses_a_read_only_user_with_403() {
        return aegis.apiRoutes().stream()
                .filter(route -> !route.method().name().equals("GET"))
                .filter(route -> !PUBLIC.contains(name(route)) && !SELF_SERVICE.contains(name(route)))
                .map(route -> DynamicTest.dynamicTest(name(route), () -> {
                    assertThat(EXAMPLE_BODIES.containsKey(name(route)) || route.method().name().equals("DELETE"))
                            .as("an example body for " + name(route)).isTrue();
                    Api.Response response = readOnly.send(request(readOnly, route));
                    assertThat(response.status()).as(response.toString()).isEqualTo(403);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> a_user_who_must_change_their_password_is_refused_everywhere_but_the_change_me_and_logout() {
        return aegis.apiRoutes().stream()
                .filter(route -> !PUBLIC.contains(name(route)) && !DURING_PASSWORD_CHANGE.contains(name(route)))
                .map(route -> DynamicTest.dynamicTest(name(route), () -> {
                    Api.Response response = newcomer.send(request(newcomer, route));
                    assertThat(response.status()).as(response.toString()).isEqualTo(403);
                    assertThat(response.json().get("code").asText()).isEqualTo("password_change_required");
                }))
                .toList();
    }

    @Test
    void exactly_the_password_change_me_and_logout_serve_a_user_who_must_change_their_password() {
        Set<String> routes = aegis.apiRoutes().stream()
                .filter(route -> route.access() == ApiRoute.Access.DURING_PASSWORD_CHANGE)
                .map(AccessControlMatrixTest::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(routes).isEqualTo(new TreeSet<>(DURING_PASSWORD_CHANGE));
        assertThat(newcomer.get("/api/v1/me").json().get("must_change_password").asBoolean()).isTrue();
    }

    static HttpRequest.Builder request(Api api, ApiRoute route) {
        return request(api, route, route.path().replaceAll("\\{[^}]+}", "1")
                + EXAMPLE_QUERIES.getOrDefault(name(route), ""));
    }

    /** The route's request with its example body, to {@code path} (the route's, its parameters filled in). */
    static HttpRequest.Builder request(Api api, ApiRoute route, String filledPath) {
        return request(api, route, filledPath, EXAMPLE_BODIES.getOrDefault(name(route), "{}"));
    }

    /** The route's request with {@code body} (a multipart route's file part), to {@code filledPath}. */
    static HttpRequest.Builder request(Api api, ApiRoute route, String filledPath, String body) {
        String path = "/api/v1" + filledPath;
        HttpRequest.BodyPublisher publisher = route.method().name().equals("GET")
                || route.method().name().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        if (MULTIPART.contains(name(route))) {
            return api.request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\n"
                            + "Content-Disposition: form-data; name=\"file\"; filename=\"example\"\r\n\r\n"
                            + body + "\r\n--" + BOUNDARY + "--\r\n"));
        }
        return api.request(path).header("Content-Type", "application/json")
                .method(route.method().name(), publisher);
    }

    static String name(ApiRoute route) {
        return route.method().name().toUpperCase(Locale.ROOT) + " " + route.path();
    }
}
