package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /assets/{id}/risk} over HTTP, on a small estate: an app that critically depends on a database, which
 * a critically hosting hypervisor serves and which depends back on the app (a cycle); a cache the app needs, but
 * not critically; a CDN it only connects to.
 */
abstract class AssetRiskApiContract extends RunningAegisContract {

    private long app;
    private long database;
    private long hypervisor;
    private long lonely;
    private long cache;
    private long cdn;
    private long appRisk;
    private long databaseRisk;
    private long hypervisorRisk;

    @BeforeAll
    void buildTheEstate() {
        app = asset("app", "application");
        database = asset("db", "database");
        hypervisor = asset("hv", "server");
        cache = asset("cache", "application");
        cdn = asset("cdn", "cloud_service");
        lonely = asset("lonely", "workstation");
        relate(app, database, "depends_on", true);
        relate(hypervisor, database, "hosts", true);
        relate(database, app, "depends_on", true);
        relate(app, cache, "depends_on", false);
        relate(app, cdn, "connects_to", true);

        appRisk = risk("app misconfiguration", app, 2, 3);
        databaseRisk = risk("database exposure", database, 4, 4);
        hypervisorRisk = risk("hypervisor escape", hypervisor, 5, 5);
        risk("cache poisoning", cache, 5, 5);
        risk("cdn outage", cdn, 5, 5);
        long closed = risk("old hypervisor flaw", hypervisor, 5, 5);
        for (String status : List.of("assessed", "mitigating", "monitoring", "closed")) {
            assertThat(admin.post("/api/v1/risks/" + closed + "/transitions", "{\"to\": \"" + status + "\"}").status())
                    .isEqualTo(200);
        }
        long deleted = risk("withdrawn", hypervisor, 5, 5);
        assertThat(admin.delete("/api/v1/risks/" + deleted).status()).isEqualTo(204);
    }

    @Test
    void the_worst_open_risk_over_critical_dependencies_is_named_with_the_path_that_carries_it() {
        Api.Response response = admin.get("/api/v1/assets/" + app + "/risk");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode exposure = response.json();
        assertThat(exposure.get("asset_id").asLong()).isEqualTo(app);
        assertThat(exposure.get("highest_level").asText()).isEqualTo("critical");
        assertThat(exposure.get("highest").get("id").asLong()).isEqualTo(hypervisorRisk);
        assertThat(ids(exposure.get("highest").get("path"))).containsExactly(app, database, hypervisor);
        assertThat(exposure.get("assets_considered").asInt()).isEqualTo(3);
        assertThat(exposure.get("total").asLong()).isEqualTo(3);
        assertThat(exposure.get("counts_by_level").toString())
                .isEqualTo("{\"low\":0,\"medium\":1,\"high\":1,\"critical\":1}");
        assertThat(ids(exposure.get("risks"), "id")).containsExactly(hypervisorRisk, databaseRisk, appRisk);
        JsonNode own = exposure.get("risks").get(2);
        assertThat(own.get("title").asText()).isEqualTo("app misconfiguration");
        assertThat(own.get("status").asText()).isEqualTo("identified");
        assertThat(own.get("risk_level").asText()).isEqualTo("medium");
        assertThat(own.get("score").asDouble()).isEqualTo(6.0);
        assertThat(own.get("asset_id").asLong()).isEqualTo(app);
        assertThat(ids(own.get("path"))).containsExactly(app);
    }

    @Test
    void the_cycle_back_to_the_app_counts_the_apps_risks_for_the_database_once() {
        JsonNode exposure = admin.get("/api/v1/assets/" + database + "/risk").json();

        assertThat(ids(exposure.get("risks"), "id")).containsExactly(hypervisorRisk, databaseRisk, appRisk);
        assertThat(ids(exposure.get("risks").get(2).get("path"))).containsExactly(database, app);
    }

    @Test
    void limit_lists_fewer_risks_while_the_counts_cover_them_all() {
        JsonNode exposure = admin.get("/api/v1/assets/" + app + "/risk?limit=1").json();

        assertThat(ids(exposure.get("risks"), "id")).containsExactly(hypervisorRisk);
        assertThat(exposure.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void an_asset_nothing_threatens_has_no_highest_level() {
        JsonNode exposure = admin.get("/api/v1/assets/" + lonely + "/risk").json();

        assertThat(exposure.get("highest_level").isNull()).isTrue();
        assertThat(exposure.get("highest").isNull()).isTrue();
        assertThat(exposure.get("total").asLong()).isZero();
        assertThat(exposure.get("assets_considered").asInt()).isEqualTo(1);
        assertThat(exposure.get("risks")).isEmpty();
    }

    @Test
    void an_unknown_asset_is_404() {
        Api.Response response = admin.get("/api/v1/assets/999999/risk");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=501", "limit=abc", "limit=1&limit=2", "sort=title", "offset=5"})
    void bad_parameters_are_400_problems(String query) {
        Api.Response response = admin.get("/api/v1/assets/" + app + "/risk?" + query);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_most_exposed_assets_are_ranked_by_their_roll_up_the_carriers_of_a_risk_after_the_asset_it_sits_on() {
        Api.Response response = admin.get("/api/v1/assets/most-exposed");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        // hv, cache and cdn carry a critical 25 themselves (one risk each, then by id); db and app carry hv's
        assertThat(ids(items, "asset_id")).containsExactly(hypervisor, cache, cdn, database, app);
        JsonNode db = items.get(3);
        assertThat(db.get("name").asText()).isEqualTo("db");
        assertThat(db.get("highest_level").asText()).isEqualTo("critical");
        assertThat(db.get("highest_score").asDouble()).isEqualTo(25.0);
        assertThat(db.get("carried").asBoolean()).isTrue();
        assertThat(db.get("total").asLong()).as("as its own roll-up counts")
                .isEqualTo(admin.get("/api/v1/assets/" + database + "/risk").json().get("total").asLong());
        assertThat(items.get(0).get("carried").asBoolean()).isFalse();
        assertThat(items.get(0).get("total").asLong()).isEqualTo(1);

        assertThat(ids(admin.get("/api/v1/assets/most-exposed?limit=2").json().get("items"), "asset_id"))
                .containsExactly(hypervisor, cache);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=51", "limit=abc", "sort=name"})
    void bad_parameters_of_the_most_exposed_are_400_problems(String query) {
        Api.Response response = admin.get("/api/v1/assets/most-exposed?" + query);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long asset(String name, String type) {
        Api.Response created = admin.post("/api/v1/assets",
                "{\"name\": \"" + name + "\", \"asset_type\": \"" + type + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void relate(long source, long target, String type, boolean critical) {
        Api.Response created = admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + source
                + ", \"target_asset_id\": " + target + ", \"relationship_type\": \"" + type
                + "\", \"is_critical_dependency\": " + critical + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long risk(String title, long asset, int likelihood, int impact) {
        Api.Response created = admin.post("/api/v1/risks", "{\"title\": \"" + title + "\", \"category\": \"technical\","
                + " \"asset_id\": " + asset + ", \"inherent_likelihood\": " + likelihood + ", \"inherent_impact\": "
                + impact + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.asLong()));
        return ids;
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(field).asLong()));
        return ids;
    }
}
