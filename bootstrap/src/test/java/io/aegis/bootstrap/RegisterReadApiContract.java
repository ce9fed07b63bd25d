package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.bootstrap.RiskApiContract.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read side of the register (issue #11) over real HTTP on each database: the heat map's defaults and its unscored
 * count, comma-separated enum filters, names next to ids, the drill-down filters, the risk CSV export and scores
 * printed as the matrix writes them. Tests share one database, so each marks its rows with a unique word.
 */
abstract class RegisterReadApiContract extends RunningAegisContract {

    private static final String RISKS_PATH = "/api/v1/risks";

    private UnitActors units;
    private long ownerId;

    @BeforeAll
    void createActors() {
        units = UnitActors.create(anonymous, admin);
        String username = "owner-" + tag();
        ownerId = id(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"email\": \"" + username
                + "@example.com\", \"full_name\": \"Olivia Owner\", \"password\": \"" + UnitActors.ANALYST_PASSWORD
                + "\"}"));
    }

    // ---- 1. the heat map: open risks by default, unscored ones counted apart ------------------------------------

    @Test
    void the_heatmap_counts_open_risks_unless_closed_is_named_and_counts_unscored_ones_apart() {
        String tag = tag();
        createRisk(tag, "technical", 4, 5, "");
        close(createRisk(tag, "technical", 4, 5, ""));
        insertUnscoredRisk(tag);

        JsonNode open = admin.get(RISKS_PATH + "/heatmap?q=" + tag).json();
        assertThat(cell(open, 4, 5).get("count").asLong()).isEqualTo(1);
        assertThat(open.get("total").asLong()).isEqualTo(1);
        assertThat(open.get("unscored").asLong()).isEqualTo(1);

        JsonNode all = admin.get(RISKS_PATH + "/heatmap?q=" + tag + "&status=identified,closed").json();
        assertThat(cell(all, 4, 5).get("count").asLong()).isEqualTo(2);
        JsonNode closed = admin.get(RISKS_PATH + "/heatmap?q=" + tag + "&status=closed").json();
        assertThat(closed.get("total").asLong()).isEqualTo(1);
        assertThat(closed.get("unscored").asLong()).isZero();

        // without a residual rating, every risk is unscored for the residual map
        JsonNode residual = admin.get(RISKS_PATH + "/heatmap?score_type=residual&q=" + tag).json();
        assertThat(residual.get("total").asLong()).isZero();
        assertThat(residual.get("unscored").asLong()).isEqualTo(2);
    }

    @Test
    void lists_select_scored_or_unscored_risks_and_sort_risks_without_a_score_last_both_ways() {
        String tag = tag();
        long rated = createRisk(tag, "technical", 4, 5, ", \"residual_likelihood\": 2, \"residual_impact\": 2");
        long unrated = createRisk(tag, "technical", 2, 2, "");
        insertUnscoredRisk(tag);

        assertThat(ids("?q=" + tag + "&scored=true&sort=id")).containsExactly(rated, unrated);
        assertThat(admin.get(RISKS_PATH + "/heatmap?q=" + tag + "&scored=false").json().get("unscored").asLong())
                .isEqualTo(1);
        assertThat(ids("?q=" + tag + "&scored=true&sort=residual_risk_score")).containsExactly(rated, unrated);
        assertThat(ids("?q=" + tag + "&scored=true&sort=-residual_risk_score")).containsExactly(rated, unrated);
    }

    // ---- 2. every enum filter takes several values ------------------------------------------------------------

    @Test
    void enum_filters_take_several_comma_separated_values() {
        String tag = tag();
        long technical = createRisk(tag, "technical", 5, 5, "");
        long financial = createRisk(tag, "financial", 1, 1, "");
        long operational = createRisk(tag, "operational", 2, 3, "");
        admin.post(RISKS_PATH + "/" + financial + "/transitions", "{\"to\": \"assessed\"}");

        assertThat(ids("?q=" + tag + "&category=technical,financial&sort=id")).containsExactly(technical, financial);
        assertThat(ids("?q=" + tag + "&status=identified,assessed&sort=id"))
                .containsExactly(technical, financial, operational);
        assertThat(ids("?q=" + tag + "&status=assessed,mitigating")).containsExactly(financial);
        assertThat(ids("?q=" + tag + "&risk_level=critical,low&sort=id")).containsExactly(technical, financial);

        long server = createAsset(tag + "-srv", "server", "");
        long database = createAsset(tag + "-db", "database", ", \"criticality\": \"high\"");
        createAsset(tag + "-app", "application", ", \"status\": \"retired\"");
        assertThat(assetIds("?q=" + tag + "&asset_type=server,database&sort=id")).containsExactly(server, database);
        assertThat(assetIds("?q=" + tag + "&criticality=high,critical")).containsExactly(database);
        assertThat(assetIds("?q=" + tag + "&status=active,maintenance&sort=id")).containsExactly(server, database);
    }

    @Test
    void the_audit_log_filters_by_several_actions_and_by_the_outcome_it_stores() {
        String tag = tag();
        createRisk(tag, "technical", 1, 1, "");
        // an analyst of unit A may not read users: refused and audited as denied
        assertThat(units.analystOfA().get("/api/v1/users").status()).isEqualTo(403);

        JsonNode denied = admin.get("/api/v1/audit-logs?outcome=denied&limit=500").json();
        assertThat(denied.get("total").asLong()).isPositive();
        assertThat(denied.get("items")).allSatisfy(row -> assertThat(row.get("outcome").asText()).isEqualTo("denied"));
        JsonNode either = admin.get("/api/v1/audit-logs?outcome=success,denied&action=risk.create,user.list"
                + "&limit=500").json();
        assertThat(either.get("items")).extracting(row -> row.get("action").asText()).contains("risk.create")
                .allMatch(action -> action.equals("risk.create") || action.equals("user.list"));
        assertThat(admin.get("/api/v1/audit-logs?outcome=failed").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/risks?status=open", "/risks?status=assessed,", "/risks?status=assessed,assessed",
        "/risks?category=technical,,financial", "/risks/heatmap?risk_level=low,extreme", "/assets?asset_type=server,car",
        "/assets?criticality=,high", "/asset-relationships?relationship_type=depends_on,likes",
        "/audit-logs?outcome=denied,maybe", "/audit-logs?action=risk.create,", "/risks?identified_from=2026-02-30",
        "/risks?identified_to=26-01-01", "/risks?inherent_likelihood=0", "/risks?residual_impact=7",
        "/risks?include_dependencies=true", "/risks?scored=maybe", "/risks/heatmap?limit=5",
        "/risks/heatmap?sort=title", "/risks/export?format=csv&limit=5", "/risks/export?format=xlsx",
        "/risks/export?offset=50", "/risks/export?format=csv&frobnicate=1"})
    void malformed_filters_and_unknown_parameters_are_400_problems(String query) {
        Api.Response response = admin.get("/api/v1" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).isNotEmpty();
    }

    // ---- 3. names next to ids -----------------------------------------------------------------------------------

    @Test
    void risks_carry_their_owners_display_name_and_their_assets_name_on_lists_and_single_reads() {
        String tag = tag();
        long asset = createAsset(tag + "-crm", "application", "");
        long named = createRisk(tag, "technical", 3, 3, ", \"owner_id\": " + ownerId + ", \"asset_id\": " + asset);
        long bare = createRisk(tag, "technical", 3, 3, "");

        JsonNode listed = admin.get(RISKS_PATH + "?q=" + tag + "&sort=id").json().get("items");
        assertThat(listed.get(0).get("owner_name").asText()).isEqualTo("Olivia Owner");
        assertThat(listed.get(0).get("asset_name").asText()).isEqualTo(tag + "-crm");
        assertThat(listed.get(1).get("owner_name").isNull()).isTrue();
        assertThat(listed.get(1).get("asset_name").isNull()).isTrue();
        JsonNode read = admin.get(RISKS_PATH + "/" + named).json();
        assertThat(read.get("owner_name").asText()).isEqualTo("Olivia Owner");
        assertThat(read.get("asset_name").asText()).isEqualTo(tag + "-crm");
        assertThat(admin.get(RISKS_PATH + "/" + bare).json().get("owner_name").isNull()).isTrue();

        // without a full name, the username; and a reader without user:read sees it too
        long analyst = units.analystOfAId();
        long ofUnitA = id(units.analystOfA().post(RISKS_PATH, "{\"title\": \"Risk " + tag + " of A\", \"category\":"
                + " \"technical\", \"inherent_likelihood\": 1, \"inherent_impact\": 1, \"owner_id\": " + analyst + "}"));
        String username = admin.get("/api/v1/users/" + analyst).json().get("username").asText();
        assertThat(units.analystOfA().get("/api/v1/users/" + analyst).status()).isEqualTo(403);
        assertThat(units.analystOfA().get(RISKS_PATH + "/" + ofUnitA).json().get("owner_name").asText())
                .isEqualTo(username);
        assertThat(units.analystOfA().get(RISKS_PATH + "?q=" + tag).json().get("items").get(0).get("owner_name")
                .asText()).isEqualTo(username);
    }

    @Test
    void assets_carry_their_owners_and_categorys_names_and_relationships_both_assets_names() {
        String tag = tag();
        long category = id(admin.post("/api/v1/asset-categories", "{\"name\": \"Category " + tag + "\"}"));
        long app = createAsset(tag + "-app", "application", ", \"owner_id\": " + ownerId + ", \"category_id\": "
                + category);
        long db = createAsset(tag + "-db", "database", "");
        long edge = id(admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + app
                + ", \"target_asset_id\": " + db + ", \"relationship_type\": \"depends_on\"}"));

        JsonNode listed = admin.get("/api/v1/assets?q=" + tag + "&sort=id").json().get("items");
        assertThat(listed.get(0).get("owner_name").asText()).isEqualTo("Olivia Owner");
        assertThat(listed.get(0).get("category_name").asText()).isEqualTo("Category " + tag);
        assertThat(listed.get(1).get("owner_name").isNull()).isTrue();
        assertThat(listed.get(1).get("category_name").isNull()).isTrue();
        JsonNode read = admin.get("/api/v1/assets/" + app).json();
        assertThat(read.get("owner_name").asText()).isEqualTo("Olivia Owner");
        assertThat(read.get("category_name").asText()).isEqualTo("Category " + tag);

        JsonNode relationship = admin.get("/api/v1/asset-relationships/" + edge).json();
        assertThat(relationship.get("source_asset_name").asText()).isEqualTo(tag + "-app");
        assertThat(relationship.get("target_asset_name").asText()).isEqualTo(tag + "-db");
        JsonNode ofApp = admin.get("/api/v1/assets/" + app + "/relationships").json().get("items").get(0);
        assertThat(ofApp.get("source_asset_name").asText()).isEqualTo(tag + "-app");
        assertThat(ofApp.get("target_asset_name").asText()).isEqualTo(tag + "-db");
        assertThat(admin.get("/api/v1/asset-relationships?source_asset_id=" + app).json().get("items").get(0)
                .get("target_asset_name").asText()).isEqualTo(tag + "-db");
    }

    // ---- 4. drill-down filters ----------------------------------------------------------------------------------

    @Test
    void a_heatmap_cells_count_equals_the_lists_total_with_the_same_filters() {
        String tag = tag();
        createRisk(tag, "technical", 4, 5, ", \"residual_likelihood\": 2, \"residual_impact\": 3");
        createRisk(tag, "technical", 4, 5, "");
        createRisk(tag, "financial", 4, 4, ", \"residual_likelihood\": 2, \"residual_impact\": 3");

        String filters = "q=" + tag + "&status=identified";
        JsonNode inherent = admin.get(RISKS_PATH + "/heatmap?" + filters).json();
        JsonNode residual = admin.get(RISKS_PATH + "/heatmap?score_type=residual&" + filters).json();
        for (JsonNode cell : inherent.get("cells")) {
            assertThat(total("?" + filters + "&inherent_likelihood=" + cell.get("likelihood").asInt()
                    + "&inherent_impact=" + cell.get("impact").asInt())).isEqualTo(cell.get("count").asLong());
        }
        assertThat(cell(residual, 2, 3).get("count").asLong()).isEqualTo(2)
                .isEqualTo(total("?" + filters + "&residual_likelihood=2&residual_impact=3"));
    }

    @Test
    void risks_filter_by_tag_owner_and_identification_day() {
        String tag = tag();
        long tagged = createRisk(tag, "technical", 2, 2, ", \"tags\": [\"PCI-DSS\", \"crm\"], \"owner_id\": "
                + ownerId);
        long other = createRisk(tag, "technical", 2, 2, ", \"tags\": [\"pci\"], \"identified_date\":"
                + " \"2020-03-01T12:00:00Z\"");

        assertThat(ids("?q=" + tag + "&tag=pci-dss")).containsExactly(tagged);
        assertThat(ids("?q=" + tag + "&tag=pci")).containsExactly(other);
        assertThat(ids("?q=" + tag + "&owner_id=" + ownerId)).containsExactly(tagged);
        // a day is its start in UTC; the upper bound stays exclusive
        assertThat(ids("?q=" + tag + "&identified_from=2020-03-01&identified_to=2020-03-02")).containsExactly(other);
        assertThat(ids("?q=" + tag + "&identified_to=2020-03-01")).isEmpty();
        assertThat(ids("?q=" + tag + "&identified_from=2020-03-02&sort=id")).containsExactly(tagged);
        assertThat(admin.get("/api/v1/audit-logs?from=2020-01-01&to=2020-01-02").json().get("total").asLong())
                .isZero();
    }

    @Test
    void an_assets_risks_include_those_of_the_assets_it_depends_on_when_asked() {
        String tag = tag();
        long app = createAsset(tag + "-app", "application", "");
        long db = createAsset(tag + "-db", "database", "");
        long host = createAsset(tag + "-host", "server", "");
        relate(app, db, "depends_on", true);
        relate(db, host, "runs_on", true);
        long onApp = createRisk(tag, "technical", 2, 2, ", \"asset_id\": " + app);
        long onDb = createRisk(tag, "technical", 2, 2, ", \"asset_id\": " + db);
        long onHost = createRisk(tag, "technical", 2, 2, ", \"asset_id\": " + host);

        assertThat(ids("?asset_id=" + app)).containsExactly(onApp);
        assertThat(ids("?asset_id=" + app + "&include_dependencies=true&sort=id"))
                .containsExactly(onApp, onDb, onHost);
        assertThat(ids("?asset_id=" + db + "&include_dependencies=true&sort=id")).containsExactly(onDb, onHost);
        assertThat(admin.get(RISKS_PATH + "/heatmap?asset_id=" + app + "&include_dependencies=true").json()
                .get("total").asLong()).isEqualTo(3);
    }

    @Test
    void the_dependency_walk_keeps_to_the_readers_units() {
        String tag = tag();
        long ofA = assetIn(units.analystOfA(), tag + "-a");
        long ofB = assetIn(units.analystOfB(), tag + "-b");
        long behindB = assetIn(units.analystOfB(), tag + "-b2");
        relate(ofA, ofB, "depends_on", true);
        relate(ofB, behindB, "depends_on", true);
        // a risk of unit A sitting on an asset it reaches only through unit B's asset
        long hidden = id(admin.post(RISKS_PATH, "{\"title\": \"Risk " + tag + "\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 1, \"inherent_impact\": 1, \"asset_id\": " + behindB
                + ", \"org_unit_id\": " + units.unitA() + "}"));

        Api.Response asAnalyst = units.analystOfA().get(RISKS_PATH + "?asset_id=" + ofA + "&include_dependencies=true");
        assertThat(asAnalyst.status()).as(asAnalyst.toString()).isEqualTo(200);
        assertThat(asAnalyst.json().get("total").asLong()).isZero();
        assertThat(ids("?asset_id=" + ofA + "&include_dependencies=true")).containsExactly(hidden);
    }

    // ---- 5. the CSV export --------------------------------------------------------------------------------------

    @Test
    void the_register_exports_as_csv_with_the_lists_filters_names_and_ids() {
        String tag = tag();
        long asset = createAsset(tag + "-erp", "application", "");
        long critical = createRisk(tag, "technical", 4, 5, ", \"owner_id\": " + ownerId + ", \"asset_id\": " + asset
                + ", \"description\": \"=HYPERLINK(1)\"");
        createRisk(tag, "financial", 1, 1, "");

        Api.Response export = admin.get(RISKS_PATH + "/export?format=csv&q=" + tag + "&category=technical");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("id,title,category,status,risk_level,org_unit_id,owner_id,owner_name,"
                + "asset_id,asset_name,risk_matrix_id,inherent_likelihood,inherent_impact,inherent_risk_score,");
        assertThat(lines.get(1)).startsWith(critical + ",").contains(",technical,identified,critical,1," + ownerId
                + ",Olivia Owner," + asset + "," + tag + "-erp,1,4,5,20,critical,,,,")
                .contains(",'=HYPERLINK(1),");
    }

    @Test
    void the_export_holds_only_the_risks_of_the_readers_units() {
        String tag = tag();
        units.analystOfA().post(RISKS_PATH, "{\"title\": \"Risk " + tag + " A\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 1, \"inherent_impact\": 1}");
        units.analystOfB().post(RISKS_PATH, "{\"title\": \"Risk " + tag + " B\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 1, \"inherent_impact\": 1}");

        List<String> lines = units.analystOfA().get(RISKS_PATH + "/export?format=csv&q=" + tag).body().lines()
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("Risk " + tag + " A");
    }

    // ---- 6. scores print as the matrix writes them -------------------------------------------------------------

    @Test
    void whole_scores_print_as_integers_in_risks_history_heatmap_and_roll_up() {
        String tag = tag();
        long asset = createAsset(tag + "-web", "application", "");
        long risk = createRisk(tag, "technical", 4, 5, ", \"asset_id\": " + asset);

        assertThat(admin.get(RISKS_PATH + "/" + risk).body()).contains("\"inherent_risk_score\":20,")
                .doesNotContain("20.0");
        assertThat(admin.get(RISKS_PATH + "?q=" + tag).body()).contains("\"inherent_risk_score\":20,");
        assertThat(admin.get(RISKS_PATH + "/" + risk + "/scores").body()).contains("\"total_score\":20,");
        assertThat(admin.get(RISKS_PATH + "/heatmap?q=" + tag).body()).contains("\"score\":20,")
                .doesNotContain(".0,");
        assertThat(admin.get("/api/v1/assets/" + asset + "/risk").body()).contains("\"score\":20,");
        assertThat(admin.get("/api/v1/risk-matrices/1").body()).contains("[1,2,3,4,5]")
                .contains("\"min_score\":1,");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private long createRisk(String tag, String category, int likelihood, int impact, String extra) {
        return id(admin.post(RISKS_PATH, "{\"title\": \"Risk " + tag + " " + UUID.randomUUID()
                + "\", \"category\": \"" + category + "\", \"inherent_likelihood\": " + likelihood
                + ", \"inherent_impact\": " + impact + extra + "}"));
    }

    private void close(long risk) {
        for (String status : List.of("assessed", "mitigating", "monitoring", "closed")) {
            assertThat(admin.post(RISKS_PATH + "/" + risk + "/transitions", "{\"to\": \"" + status + "\"}").status())
                    .isEqualTo(200);
        }
    }

    /** A risk nobody rated yet, as the schema allows (nullable inherent columns): written behind the API's back. */
    private void insertUnscoredRisk(String tag) {
        Instant now = Instant.now();
        probe.dsl().insertInto(RISKS)
                .set(RISKS.TITLE, "Risk " + tag + " unscored")
                .set(RISKS.CATEGORY, "technical")
                .set(RISKS.RISK_MATRIX_ID, 1)
                .set(RISKS.ORG_UNIT_ID, 1)
                .set(RISKS.STATUS, "identified")
                .set(RISKS.IS_ACTIVE, true)
                .set(RISKS.IDENTIFIED_DATE, now)
                .set(RISKS.CREATED_AT, now)
                .set(RISKS.UPDATED_AT, now)
                .execute();
    }

    private long createAsset(String name, String type, String extra) {
        return id(admin.post("/api/v1/assets", "{\"name\": \"" + name + "\", \"asset_type\": \"" + type + "\""
                + extra + "}"));
    }

    private static long assetIn(Api analyst, String name) {
        return id(analyst.post("/api/v1/assets", "{\"name\": \"" + name + "\", \"asset_type\": \"server\"}"));
    }

    private void relate(long source, long target, String type, boolean critical) {
        id(admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + source + ", \"target_asset_id\": "
                + target + ", \"relationship_type\": \"" + type + "\", \"is_critical_dependency\": " + critical + "}"));
    }

    private List<Long> ids(String query) {
        return ids(admin.get(RISKS_PATH + query));
    }

    private List<Long> assetIds(String query) {
        return ids(admin.get("/api/v1/assets" + query));
    }

    private long total(String query) {
        Api.Response response = admin.get(RISKS_PATH + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    private static List<Long> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false)
                .map(item -> item.get("id").asLong()).toList();
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
