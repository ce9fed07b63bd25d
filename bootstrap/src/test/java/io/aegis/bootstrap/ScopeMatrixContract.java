package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.bootstrap.AccessControlMatrixTest.name;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Scopes, generated from the route table as the access-control matrix is: units A and B each hold a matrix, two
 * assets, a dependency between them and a risk, every name carrying the unit's marker. Each analyst holds the Admin
 * role, every permission, in their own unit only. For every route: an analyst never receives a row, an id or an
 * audit entry of the other unit (reads answer without the other marker; a row of the other unit is 404 on every
 * method and stays unchanged); a route about the whole organisation refuses them; the root administrator sees
 * both units. A route added later must be classified here, or this test fails.
 */
abstract class ScopeMatrixContract extends RunningAegisContract {

    private static final long ADMIN_ROLE = 1;

    /**
     * Routes of rows of no unit (the catalogs, their mappings and assessments are the whole organisation's; so are
     * tasks, which have no unit column and remediate the assessments' gaps, and evidence, which has none either and
     * whose restricted items have their own rule: EvidenceApiContract), or of the caller themselves: no unit's rows to
     * leak.
     */
    private static final Set<String> UNSCOPED_PREFIXES = Set.of("/health", "/auth/", "/me", "/api-keys",
            "/asset-categories", "/frameworks", "/controls/", "/catalogs/", "/control-mappings", "/assessments",
            "/tasks", "/evidence");

    /** Routes about the whole organisation: an analyst holding every permission in one unit is refused. */
    private static final Set<String> ORGANISATION_WIDE_PREFIXES = Set.of("/users", "/roles", "/org-units",
            "/audit-logs/verify");

    /** The row whose id fills {@code {id}} in the routes under each prefix (longest prefixes first). */
    private static final Map<String, String> ROW_OF_PREFIX = Map.of("/asset-relationships/", "relationship",
            "/assets/", "asset", "/risk-matrices/", "matrix", "/risks/", "risk");

    /** Scoped routes that create rows, with a body naming the other unit's rows; each must be refused. */
    private static final Map<String, String> CREATE_IN_OTHER_UNIT = Map.of(
            "POST /assets", "{\"name\": \"intruder\", \"asset_type\": \"server\", \"org_unit_id\": %unit%}",
            "POST /risks", "{\"title\": \"intruder\", \"category\": \"technical\", \"inherent_likelihood\": 1,"
                    + " \"inherent_impact\": 1, \"org_unit_id\": %unit%}",
            "POST /risk-matrices", "%matrix%",
            "POST /risks/bulk-transitions", "{\"ids\": [%risk%], \"to\": \"assessed\"}",
            "POST /asset-relationships", "{\"source_asset_id\": %asset%, \"target_asset_id\": %asset2%,"
                    + " \"relationship_type\": \"connects_to\"}",
            "POST /assets/import", "name,asset_type,org_unit_id\r\nintruder,server,%unit%\r\n",
            "POST /assets/bulk-deactivations", "{\"ids\": [%asset%]}",
            "POST /asset-relationships/import",
            "source_asset_id,relationship_type,target_asset_id\r\n%asset%,connects_to,%asset2%\r\n");

    /** The query a route cannot answer without. */
    private static final Map<String, String> REQUIRED_QUERIES = Map.of("GET /assets/export", "?format=csv",
            "GET /risks/export", "?format=csv");

    /** Routes that answer a refused row in a report (200) rather than with a problem. */
    private static final Set<String> REPORTING_ROUTES = Set.of("POST /assets/import",
            "POST /asset-relationships/import");

    private UnitActors actors;
    private Map<String, Long> rowsOfA;
    private Map<String, Long> rowsOfB;
    private String markerOfA;
    private String markerOfB;

    @BeforeAll
    void fillTwoUnits() {
        actors = UnitActors.create(anonymous, admin);
        for (long[] analyst : new long[][] {{actors.analystOfAId(), actors.unitA()},
                {actors.analystOfBId(), actors.unitB()}}) {
            Api.Response everything = admin.put("/api/v1/users/" + analyst[0] + "/role-assignments",
                    "[{\"role_id\": " + ADMIN_ROLE + ", \"org_unit_id\": " + analyst[1] + ", \"recursive\": true}]");
            assertThat(everything.status()).as(everything.toString()).isEqualTo(200);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        markerOfA = "unit-a-" + run;
        markerOfB = "unit-b-" + run;
        rowsOfA = fill(actors.unitA(), markerOfA);
        rowsOfB = fill(actors.unitB(), markerOfB);
    }

    @Test
    void every_route_is_classified() {
        List<String> unclassified = aegis.apiRoutes().stream().filter(route -> kind(route).isEmpty())
                .map(AccessControlMatrixTest::name).toList();

        assertThat(unclassified).as("routes this test does not know where the rows of live").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> an_analyst_reads_no_row_of_the_other_unit_and_the_administrator_reads_both() {
        return routes(Kind.SCOPED).filter(route -> route.method().name().equals("GET")).flatMap(route -> Stream.of(
                DynamicTest.dynamicTest("A: " + name(route), () -> assertReadsOnlyItsUnit(actors.analystOfA(),
                        route, rowsOfA, markerOfB)),
                DynamicTest.dynamicTest("B: " + name(route), () -> assertReadsOnlyItsUnit(actors.analystOfB(),
                        route, rowsOfB, markerOfA)),
                DynamicTest.dynamicTest("admin: " + name(route), () -> {
                    assertThat(send(admin, route, rowsOfA).status()).isEqualTo(200);
                    assertThat(send(admin, route, rowsOfB).status()).isEqualTo(200);
                })));
    }

    @TestFactory
    Stream<DynamicTest> a_row_of_the_other_unit_is_not_found_on_every_method_and_stays_unchanged() {
        return routes(Kind.SCOPED).filter(route -> route.path().contains("{id}")).flatMap(route -> Stream.of(
                DynamicTest.dynamicTest("A: " + name(route), () -> assertNotFoundAndUnchanged(actors.analystOfA(),
                        route, rowsOfB)),
                DynamicTest.dynamicTest("B: " + name(route), () -> assertNotFoundAndUnchanged(actors.analystOfB(),
                        route, rowsOfA))));
    }

    @TestFactory
    Stream<DynamicTest> a_row_cannot_be_created_in_or_pointed_at_the_other_unit() {
        return routes(Kind.SCOPED).filter(route -> !route.method().name().equals("GET"))
                .filter(route -> !route.path().contains("{id}"))
                .map(route -> DynamicTest.dynamicTest(name(route), () -> {
                    String body = CREATE_IN_OTHER_UNIT.get(name(route));
                    assertThat(body).as("a body creating %s in the other unit", name(route)).isNotNull();
                    long rows = successes();

                    Api.Response response = actors.analystOfA().send(AccessControlMatrixTest.request(
                            actors.analystOfA(), route, route.path(), filled(body, actors.unitB(), rowsOfB)));

                    if (REPORTING_ROUTES.contains(name(route))) {
                        assertThat(response.status()).as(response.toString()).isEqualTo(200);
                        assertThat(response.json().get("accepted").asInt()).isZero();
                    } else {
                        assertThat(response.status()).as(response.toString()).isIn(404, 422);
                    }
                    assertThat(response.body()).doesNotContain(markerOfB);
                    assertThat(successes()).isEqualTo(rows);
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_route_about_the_whole_organisation_refuses_an_analyst_of_one_unit() {
        return routes(Kind.ORGANISATION_WIDE).map(route -> DynamicTest.dynamicTest(name(route), () -> {
            long rows = successes();

            Api.Response response = actors.analystOfA().send(AccessControlMatrixTest.request(actors.analystOfA(),
                    route, route.path().replaceAll("\\{[^}]+}", String.valueOf(actors.analystOfAId()))));

            assertProblem(response, 403);
            assertThat(successes()).isEqualTo(rows);
        }));
    }

    private void assertReadsOnlyItsUnit(Api analyst, ApiRoute route, Map<String, Long> ownRows, String otherMarker) {
        Api.Response response = send(analyst, route, ownRows);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(otherMarker);
    }

    private void assertNotFoundAndUnchanged(Api analyst, ApiRoute route, Map<String, Long> otherRows) {
        String row = rowPath(route, otherRows);
        String before = admin.get(row).body();
        long rows = successes();

        Api.Response response = send(analyst, route, otherRows);

        assertProblem(response, 404);
        assertThat(admin.get(row).body()).isEqualTo(before);
        assertThat(successes()).isEqualTo(rows);
    }

    private Api.Response send(Api api, ApiRoute route, Map<String, Long> rows) {
        return api.send(AccessControlMatrixTest.request(api, route, filledPath(route, rows)));
    }

    /** The unit's rows: a matrix, two assets, a dependency of the first on the second, a risk on the first. */
    private Map<String, Long> fill(long unit, String marker) {
        long matrix = created(admin.post("/api/v1/risk-matrices", matrixBody(unit, marker)));
        long asset = created(admin.post("/api/v1/assets", "{\"name\": \"" + marker + " app\", \"asset_type\":"
                + " \"application\", \"org_unit_id\": " + unit + "}"));
        long asset2 = created(admin.post("/api/v1/assets", "{\"name\": \"" + marker + " db\", \"asset_type\":"
                + " \"database\", \"org_unit_id\": " + unit + "}"));
        long relationship = created(admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + asset
                + ", \"target_asset_id\": " + asset2 + ", \"relationship_type\": \"depends_on\","
                + " \"is_critical_dependency\": true, \"description\": \"" + marker + "\"}"));
        long risk = created(admin.post("/api/v1/risks", "{\"title\": \"" + marker + " outage\", \"category\":"
                + " \"technical\", \"asset_id\": " + asset + ", \"inherent_likelihood\": 4, \"inherent_impact\": 4,"
                + " \"org_unit_id\": " + unit + "}"));
        return Map.of("unit", unit, "matrix", matrix, "asset", asset, "asset2", asset2, "relationship",
                relationship, "risk", risk);
    }

    private static String matrixBody(long unit, String name) {
        try {
            ObjectNode body = (ObjectNode) Json.mapper().readTree(RiskMatrixApiContract.body(name, 3, 3, false));
            return body.put("org_unit_id", unit).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filled(String body, long unit, Map<String, Long> rows) {
        return body.replace("%matrix%", matrixBody(unit, "intruder")).replace("%unit%", String.valueOf(unit))
                .replace("%asset2%", String.valueOf(rows.get("asset2")))
                .replace("%asset%", String.valueOf(rows.get("asset")))
                .replace("%risk%", String.valueOf(rows.get("risk")));
    }

    /** {@code {id}} is the unit's row; a row below it ({@code {aid}}) is any id: the row above is already not found. */
    private static String filledPath(ApiRoute route, Map<String, Long> rows) {
        String path = route.path().contains("{id}")
                ? route.path().replace("{id}", String.valueOf(rows.get(rowOf(route)))).replaceAll("\\{[^}]+}", "1")
                : route.path();
        return path + REQUIRED_QUERIES.getOrDefault(name(route), "");
    }

    /** The path that reads the row {@code {id}} names in {@code route}, for the administrator. */
    private static String rowPath(ApiRoute route, Map<String, Long> rows) {
        String prefix = ROW_OF_PREFIX.keySet().stream().filter(route.path()::startsWith).findFirst().orElseThrow();
        return "/api/v1" + prefix + rows.get(ROW_OF_PREFIX.get(prefix));
    }

    private static String rowOf(ApiRoute route) {
        return ROW_OF_PREFIX.entrySet().stream().filter(entry -> route.path().startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no row is known for " + route.path()));
    }

    private enum Kind { UNSCOPED, ORGANISATION_WIDE, SCOPED }

    private static Optional<Kind> kind(ApiRoute route) {
        String path = route.path();
        if (UNSCOPED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Optional.of(Kind.UNSCOPED);
        }
        if (ORGANISATION_WIDE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Optional.of(Kind.ORGANISATION_WIDE);
        }
        boolean scopedList = List.of("/assets", "/asset-relationships", "/risks", "/risk-matrices", "/audit-logs")
                .stream().anyMatch(path::startsWith);
        if (path.contains("{id}") && ROW_OF_PREFIX.keySet().stream().noneMatch(path::startsWith)) {
            return Optional.empty();
        }
        return scopedList ? Optional.of(Kind.SCOPED) : Optional.empty();
    }

    private Stream<ApiRoute> routes(Kind kind) {
        return aegis.apiRoutes().stream().filter(route -> kind(route).equals(Optional.of(kind)));
    }

    private long successes() {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
