package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The risk register, its matrices and the roll-up as the analysts of two sibling units A and B see them over real
 * HTTP, on each database: rows of another unit answer 404, never 403, and count nowhere.
 */
abstract class RiskScopeApiContract extends RunningAegisContract {

    private static final long READ_ONLY_ROLE = 3;
    private static final long STANDARD_MATRIX = 1;

    private UnitActors actors;

    @BeforeAll
    void makeTheUnitActors() {
        actors = UnitActors.create(anonymous, admin);
    }

    // ---- the register --------------------------------------------------------------------------------------------

    @Test
    void a_unit_s_analyst_files_risks_in_their_unit_and_never_sees_another_unit_s() {
        String marker = unique();
        long ofA = risk(actors.analystOfA(), marker + " of A", "");
        long ofB = risk(actors.analystOfB(), marker + " of B", "");

        assertThat(actors.analystOfA().get("/api/v1/risks/" + ofA).json().get("org_unit_id").asLong())
                .isEqualTo(actors.unitA());
        assertProblem(actors.analystOfA().get("/api/v1/risks/" + ofB), 404);
        assertProblem(actors.analystOfA().get("/api/v1/risks/" + ofB + "/scores"), 404);
        JsonNode listed = actors.analystOfA().get("/api/v1/risks?q=" + marker).json();
        assertThat(ids(listed.get("items"))).containsExactly(ofA);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(actors.analystOfA().get("/api/v1/risks?org_unit_id=" + actors.unitB()).json().get("total")
                .asLong()).isZero();
        assertThat(ids(admin.get("/api/v1/risks?q=" + marker + "&org_unit_id=" + actors.unitB()).json()
                .get("items"))).containsExactly(ofB);
        assertThat(admin.get("/api/v1/risks?q=" + marker).json().get("total").asLong()).isEqualTo(2);
        assertThat(actors.analystOfA().get("/api/v1/risks/heatmap?q=" + marker).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/risks/heatmap?q=" + marker).json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void every_write_to_another_unit_s_risk_is_not_found_and_changes_nothing() {
        long ofB = risk(actors.analystOfB(), unique(), "");
        String before = admin.get("/api/v1/risks/" + ofB).body();

        for (Api.Response refused : writes(actors.analystOfA(), ofB)) {
            assertProblem(refused, 404);
        }
        assertThat(admin.get("/api/v1/risks/" + ofB).body()).isEqualTo(before);
    }

    @Test
    void every_write_to_a_risk_seen_but_not_writable_is_forbidden_and_changes_nothing() {
        long ofB = risk(actors.analystOfB(), unique(), "");
        String before = admin.get("/api/v1/risks/" + ofB).body();
        Api readsEverywhereWritesInA = userWith("[{\"role_id\": " + READ_ONLY_ROLE + ", \"org_unit_id\": 1,"
                + " \"recursive\": true}, {\"role_id\": " + actors.role() + ", \"org_unit_id\": " + actors.unitA()
                + ", \"recursive\": true}]");

        assertThat(readsEverywhereWritesInA.get("/api/v1/risks/" + ofB).status()).isEqualTo(200);
        for (Api.Response refused : writes(readsEverywhereWritesInA, ofB)) {
            assertProblem(refused, 403);
        }
        assertThat(admin.get("/api/v1/risks/" + ofB).body()).isEqualTo(before);
    }

    @Test
    void a_risk_moves_only_between_units_its_mover_writes_in_and_is_never_without_one() {
        long ofA = risk(actors.analystOfA(), unique(), "");

        assertCode(actors.analystOfA().patch("/api/v1/risks/" + ofA, "{\"org_unit_id\": " + actors.unitB() + "}"),
                422, "unknown_org_unit");
        assertProblem(actors.analystOfA().patch("/api/v1/risks/" + ofA, "{\"org_unit_id\": null}"), 400);
        assertCode(actors.analystOfA().post("/api/v1/risks", riskBody(unique(), ", \"org_unit_id\": "
                + actors.unitB())), 422, "unknown_org_unit");
        Api.Response moved = admin.patch("/api/v1/risks/" + ofA, "{\"org_unit_id\": " + actors.unitB() + "}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("org_unit_id").asLong()).isEqualTo(actors.unitB());
        assertProblem(actors.analystOfA().get("/api/v1/risks/" + ofA), 404);
        assertThat(actors.analystOfB().get("/api/v1/risks/" + ofA).status()).isEqualTo(200);
    }

    @Test
    void a_risk_may_not_point_at_an_asset_its_author_cannot_read() {
        long assetOfB = assetIn("scoped asset " + unique(), actors.unitB());

        assertCode(actors.analystOfA().post("/api/v1/risks", riskBody(unique(), ", \"asset_id\": " + assetOfB)),
                422, "unknown_asset");
        assertThat(actors.analystOfB().post("/api/v1/risks", riskBody(unique(), ", \"asset_id\": " + assetOfB))
                .status()).isEqualTo(201);
    }

    // ---- matrices ------------------------------------------------------------------------------------------------

    @Test
    void a_unit_s_matrix_is_shared_downwards_only_and_rates_only_that_unit_s_risks() {
        String name = "Matrix of A " + unique();
        Api.Response created = actors.analystOfA().post("/api/v1/risk-matrices", matrixBody(name, ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long matrixOfA = created.json().get("id").asLong();

        assertThat(created.json().get("org_unit_id").asLong()).isEqualTo(actors.unitA());
        assertProblem(actors.analystOfB().get("/api/v1/risk-matrices/" + matrixOfA), 404);
        assertThat(names(actors.analystOfB())).contains("Standard 5x5").doesNotContain(name);
        assertThat(names(actors.analystOfA())).contains("Standard 5x5", name);
        assertCode(actors.analystOfB().post("/api/v1/risks", riskBody(unique(), ", \"risk_matrix_id\": "
                + matrixOfA)), 422, "unknown_risk_matrix");
        assertCode(admin.post("/api/v1/risks", riskBody(unique(), ", \"risk_matrix_id\": " + matrixOfA
                + ", \"org_unit_id\": " + actors.unitB())), 422, "matrix_not_applicable");
        long rated = risk(actors.analystOfA(), unique(), ", \"risk_matrix_id\": " + matrixOfA);
        assertCode(admin.patch("/api/v1/risks/" + rated, "{\"org_unit_id\": " + actors.unitB() + "}"), 422,
                "matrix_not_applicable");
    }

    @Test
    void a_matrix_seen_from_below_may_not_be_changed_there_and_the_default_belongs_to_the_root() {
        long matrixOfA = actors.analystOfA().post("/api/v1/risk-matrices", matrixBody("Of A " + unique(), ""))
                .json().get("id").asLong();

        assertProblem(actors.analystOfA().patch("/api/v1/risk-matrices/" + STANDARD_MATRIX,
                "{\"description\": \"mine now\"}"), 403);
        assertProblem(actors.analystOfA().delete("/api/v1/risk-matrices/" + STANDARD_MATRIX), 403);
        assertProblem(actors.analystOfB().patch("/api/v1/risk-matrices/" + matrixOfA, "{\"description\": \"x\"}"),
                404);
        assertProblem(actors.analystOfB().delete("/api/v1/risk-matrices/" + matrixOfA), 404);
        assertCode(actors.analystOfA().post("/api/v1/risk-matrices", matrixBody("Default of A " + unique(),
                ", \"is_default\": true")), 422, "default_matrix_not_root");
        assertCode(admin.patch("/api/v1/risk-matrices/" + matrixOfA, "{\"is_default\": true}"), 422,
                "default_matrix_not_root");
        assertThat(admin.get("/api/v1/risk-matrices/" + STANDARD_MATRIX).json().get("is_default").asBoolean())
                .isTrue();
    }

    // ---- the roll-up ---------------------------------------------------------------------------------------------

    @Test
    void the_roll_up_counts_a_hidden_dependency_s_risk_without_naming_it() {
        long app = assetIn("app " + unique(), actors.unitA());
        long database = assetIn("db " + unique(), actors.unitB());
        Api.Response related = admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + app
                + ", \"target_asset_id\": " + database + ", \"relationship_type\": \"depends_on\","
                + " \"is_critical_dependency\": true}");
        assertThat(related.status()).as(related.toString()).isEqualTo(201);
        long own = risk(actors.analystOfA(), "app flaw", ", \"asset_id\": " + app);
        risk(actors.analystOfB(), "database secret", ", \"asset_id\": " + database);

        JsonNode seenFromA = actors.analystOfA().get("/api/v1/assets/" + app + "/risk").json();

        assertThat(seenFromA.get("total").asLong()).isEqualTo(2);
        assertThat(seenFromA.get("hidden").asLong()).isEqualTo(1);
        assertThat(seenFromA.get("note").asText()).contains("hidden");
        assertThat(seenFromA.toString()).doesNotContain("database secret").doesNotContain("\"asset_id\":" + database);
        JsonNode risks = seenFromA.get("risks");
        assertThat(risks).hasSize(2);
        JsonNode hidden = risks.get(0).get("hidden").asBoolean() ? risks.get(0) : risks.get(1);
        JsonNode shown = hidden == risks.get(0) ? risks.get(1) : risks.get(0);
        assertThat(hidden.get("id").isNull()).isTrue();
        assertThat(hidden.get("title").isNull()).isTrue();
        assertThat(hidden.get("path").isNull()).isTrue();
        assertThat(hidden.get("risk_level").asText()).isEqualTo("medium");
        assertThat(shown.get("id").asLong()).isEqualTo(own);
        assertThat(shown.get("hidden").asBoolean()).isFalse();
        JsonNode seenByAdmin = admin.get("/api/v1/assets/" + app + "/risk").json();
        assertThat(seenByAdmin.get("hidden").asLong()).isZero();
        assertThat(seenByAdmin.get("note").isNull()).isTrue();
        assertProblem(actors.analystOfA().get("/api/v1/assets/" + database + "/risk"), 404);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private List<Api.Response> writes(Api actor, long risk) {
        String path = "/api/v1/risks/" + risk;
        return List.of(
                actor.patch(path, "{\"title\": \"taken over\"}"),
                actor.post(path + "/scores", "{\"inherent_likelihood\": 1, \"inherent_impact\": 1}"),
                actor.post(path + "/transitions", "{\"to\": \"assessed\"}"),
                actor.delete(path));
    }

    private long risk(Api author, String title, String more) {
        Api.Response created = author.post("/api/v1/risks", riskBody(title, more));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String riskBody(String title, String more) {
        return "{\"title\": \"" + title + "\", \"category\": \"technical\", \"inherent_likelihood\": 2,"
                + " \"inherent_impact\": 3" + more + "}";
    }

    private static String matrixBody(String name, String more) {
        return "{\"name\": \"" + name + "\","
                + " \"likelihood_levels\": [{\"value\": 1, \"name\": \"L1\"}, {\"value\": 2, \"name\": \"L2\"},"
                + " {\"value\": 3, \"name\": \"L3\"}],"
                + " \"impact_levels\": [{\"value\": 1, \"name\": \"I1\"}, {\"value\": 2, \"name\": \"I2\"},"
                + " {\"value\": 3, \"name\": \"I3\"}],"
                + " \"risk_scores\": [[1, 2, 3], [2, 4, 6], [3, 6, 9]],"
                + " \"risk_levels\": [{\"level\": \"low\", \"min_score\": 1, \"max_score\": 3, \"color\": \"#2E7D32\"},"
                + " {\"level\": \"high\", \"min_score\": 4, \"max_score\": 9, \"color\": \"#C62828\"}]" + more + "}";
    }

    /** An asset the administrator files, placed in {@code unit}: the asset API places assets in units elsewhere. */
    private long assetIn(String name, long unit) {
        Api.Response created = admin.post("/api/v1/assets", "{\"name\": \"" + name + "\", \"asset_type\": \"server\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long asset = created.json().get("id").asLong();
        probe.dsl().update(ASSETS).set(ASSETS.ORG_UNIT_ID, (int) unit).where(ASSETS.ID.eq((int) asset)).execute();
        return asset;
    }

    private Api userWith(String assignments) {
        String username = "carol-" + unique();
        Api.Response user = admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"email\": \""
                + username + "@example.com\", \"password\": \"" + UnitActors.ANALYST_PASSWORD + "\","
                + " \"must_change_password\": false}");
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        Api.Response assigned = admin.put("/api/v1/users/" + user.json().get("id").asLong() + "/role-assignments",
                assignments);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        return anonymous.loggedInAs(username, UnitActors.ANALYST_PASSWORD);
    }

    private static List<String> names(Api reader) {
        List<String> names = new ArrayList<>();
        reader.get("/api/v1/risk-matrices?limit=200").json().get("items")
                .forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static void assertCode(Api.Response response, int status, String code) {
        assertProblem(response, status);
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
