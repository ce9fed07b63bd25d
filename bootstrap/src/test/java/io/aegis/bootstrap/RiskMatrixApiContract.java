package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.Json;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/risk-matrices} over real HTTP against the real wiring, on each database. Every refused request
 * must answer problem+json and change nothing: no matrix, no audit entry. Tests share one database, so none
 * assumes which matrix is the default when it starts.
 */
abstract class RiskMatrixApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/risk-matrices";

    /**
     * A valid matrix body: score = likelihood x impact, levels valued 1..N, bands low 1-4, medium 5-9,
     * high 10-16, critical 17-36 (every product up to 6 x 6).
     */
    static String body(String name, int likelihoods, int impacts, boolean isDefault) {
        return matrix(name, likelihoods, impacts, isDefault).toString();
    }

    private static ObjectNode matrix(String name, int likelihoods, int impacts, boolean isDefault) {
        ObjectNode body = Json.mapper().createObjectNode().put("name", name).put("description", "a test matrix");
        body.set("likelihood_levels", levels("Likelihood", likelihoods));
        body.set("impact_levels", levels("Impact", impacts));
        ArrayNode scores = body.putArray("risk_scores");
        for (int l = 1; l <= likelihoods; l++) {
            ArrayNode row = scores.addArray();
            for (int i = 1; i <= impacts; i++) {
                row.add(l * i);
            }
        }
        ArrayNode bands = body.putArray("risk_levels");
        bands.addObject().put("level", "low").put("min_score", 1).put("max_score", 4).put("color", "#2e7d32");
        bands.addObject().put("level", "medium").put("min_score", 5).put("max_score", 9).put("color", "#F9A825");
        bands.addObject().put("level", "high").put("min_score", 10).put("max_score", 16).put("color", "#EF6C00");
        bands.addObject().put("level", "critical").put("min_score", 17).put("max_score", 36).put("color", "#C62828");
        return body.put("is_default", isDefault);
    }

    private static ArrayNode levels(String prefix, int count) {
        ArrayNode levels = Json.mapper().createArrayNode();
        for (int value = 1; value <= count; value++) {
            levels.addObject().put("value", value).put("name", prefix + " " + value).put("description", "");
        }
        return levels;
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "6, 6", "4, 5", "6, 3"})
    void any_size_from_3x3_to_6x6_is_created_with_location_and_etag_and_reads_back_unchanged(int likelihoods,
                                                                                                int impacts) {
        String name = unique("Size " + likelihoods + "x" + impacts);

        Api.Response created = admin.post(PATH, body(name, likelihoods, impacts, false));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("name").asText()).isEqualTo(name);
        assertThat(json.get("description").asText()).isEqualTo("a test matrix");
        assertThat(json.get("likelihood_levels")).hasSize(likelihoods);
        assertThat(json.get("impact_levels")).hasSize(impacts);
        assertThat(json.get("impact_levels").get(impacts - 1).get("name").asText()).isEqualTo("Impact " + impacts);
        assertThat(json.get("risk_scores")).hasSize(likelihoods)
                .allSatisfy(row -> assertThat(row).hasSize(impacts));
        assertThat(json.get("risk_scores").get(likelihoods - 1).get(impacts - 1).asDouble())
                .isEqualTo(likelihoods * impacts);
        assertThat(json.get("risk_levels").get(0).get("color").asText()).isEqualTo("#2E7D32");
        assertThat(json.get("risk_levels").get(3).get("max_score").asDouble()).isEqualTo(36);
        assertThat(json.get("is_default").asBoolean()).isFalse();
        assertThat(json.get("is_active").asBoolean()).isTrue();
        assertThat(created.header("Location")).contains(PATH + "/" + json.get("id").asLong());

        Api.Response fetched = admin.get(PATH + "/" + json.get("id").asLong());
        assertThat(fetched.json()).isEqualTo(json);
        assertThat(fetched.header("ETag")).isEqualTo(created.header("ETag")).isPresent();
    }

    @Test
    void the_seeded_standard_matrix_reads_in_the_documented_shapes() {
        JsonNode standard = admin.get(PATH + "/1").json();

        assertThat(standard.get("name").asText()).isEqualTo("Standard 5x5");
        assertThat(standard.get("likelihood_levels").get(0).get("name").asText()).isEqualTo("Rare");
        assertThat(standard.get("risk_scores").get(4).get(4).asDouble()).isEqualTo(25);
        assertThat(standard.get("risk_levels").get(3).get("level").asText()).isEqualTo("critical");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the grid misses a row
        "risk_scores | [[1,2,3],[2,4,6]] | matrix_incomplete | risk_scores",
        // a row misses a cell
        "risk_scores | [[1,2,3],[2,4],[3,6,9]] | matrix_incomplete | risk_scores",
        // a score falls as impact rises
        "risk_scores | [[1,2,3],[2,1,6],[3,6,9]] | scores_decreasing | risk_scores",
        // medium and high overlap
        "risk_levels | [{\"level\":\"low\",\"min_score\":1,\"max_score\":4,\"color\":\"#00FF00\"},"
                + "{\"level\":\"high\",\"min_score\":4,\"max_score\":9,\"color\":\"#FF0000\"}]"
                + " | bands_overlap | risk_levels",
        // high before low
        "risk_levels | [{\"level\":\"high\",\"min_score\":5,\"max_score\":9,\"color\":\"#FF0000\"},"
                + "{\"level\":\"low\",\"min_score\":1,\"max_score\":4,\"color\":\"#00FF00\"}]"
                + " | bands_out_of_order | risk_levels",
        // 9 rated by no band
        "risk_levels | [{\"level\":\"low\",\"min_score\":1,\"max_score\":4,\"color\":\"#00FF00\"}]"
                + " | matrix_incomplete | risk_levels",
    })
    void parts_that_do_not_fit_together_are_422_naming_the_field_and_store_nothing(String field, String value,
                                                                                  String code, String named) {
        ObjectNode body = matrix(unique("Broken"), 3, 3, true);
        body.set(field, parse(value));

        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, body.toString()), 422);

        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.json().get("detail").asText()).contains(named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // values must run 1..N in order
        "likelihood_levels | [{\"value\":1,\"name\":\"a\"},{\"value\":3,\"name\":\"b\"},{\"value\":2,\"name\":\"c\"}]"
                + " | likelihood_levels",
        "impact_levels | [{\"value\":0,\"name\":\"a\"},{\"value\":1,\"name\":\"b\"},{\"value\":2,\"name\":\"c\"}]"
                + " | impact_levels[0].value",
        "impact_levels | [{\"value\":1,\"name\":\"a\"},{\"value\":2,\"name\":\"b\"}] | impact_levels",
        "impact_levels | [{\"value\":1,\"name\":\"a\"},{\"value\":2,\"name\":\" \"},{\"value\":3,\"name\":\"c\"}]"
                + " | impact_levels[1].name",
        "impact_levels | [{\"value\":1,\"name\":\"a\"},{\"value\":2,\"name\":\"A\"},{\"value\":3,\"name\":\"c\"}]"
                + " | impact_levels",
        "impact_levels | [{\"name\":\"a\"},{\"value\":2,\"name\":\"b\"},{\"value\":3,\"name\":\"c\"}]"
                + " | impact_levels[0].value",
        "risk_levels | [{\"level\":\"severe\",\"min_score\":1,\"max_score\":9,\"color\":\"#FF0000\"}]"
                + " | risk_levels[0].level",
        "risk_levels | [{\"level\":\"low\",\"min_score\":1,\"max_score\":9,\"color\":\"red\"}] | risk_levels[0].color",
        "risk_levels | [{\"level\":\"low\",\"min_score\":0,\"max_score\":9,\"color\":\"#FF0000\"}]"
                + " | risk_levels[0].min_score",
        "risk_scores | [[1,2,3],[2,4,6],[3,6,-9]] | risk_scores",
        "risk_scores | null | risk_scores",
    })
    void malformed_parts_are_400_naming_the_field_and_store_nothing(String field, String value, String named) {
        ObjectNode body = matrix(unique("Malformed"), 3, 3, false);
        body.set(field, parse(value));

        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, body.toString()), 400);

        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText()).contains(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"x\", \"risk_scores\": [[\"1\"]]}",
        "{\"name\": \"x\", \"likelihood_levels\": {\"value\": 1}}",
        "{\"name\": \"x\", \"likelihood_levels\": [{\"value\": 1, \"name\": \"a\", \"colour\": \"red\"}]}",
        "{\"name\": \"x\", \"is_default\": \"yes\"}",
        "{\"name\": \"x\", \"size\": 3}",
        "{}",
        "[]",
        "not json",
    })
    void malformed_bodies_are_400_and_store_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void a_new_default_takes_over_from_the_previous_one_and_both_changes_are_audited() {
        long previous = currentDefault();
        long audits = auditRows();

        long created = id(admin.post(PATH, body(unique("Default"), 4, 4, true)));

        assertThat(currentDefault()).isEqualTo(created);
        assertThat(admin.get(PATH + "/" + previous).json().get("is_default").asBoolean()).isFalse();
        assertThat(admin.get(PATH + "?is_default=true&include_inactive=true").json().get("total").asLong()).isOne();
        assertThat(auditRows() - audits).isEqualTo(2);
        assertThat(actionsOn(previous)).last().isEqualTo("risk_matrix.update");

        long other = id(admin.post(PATH, body(unique("Next default"), 3, 3, false)));
        Api.Response promoted = admin.patch(PATH + "/" + other, "{\"is_default\": true}");

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(currentDefault()).isEqualTo(other);
        assertThat(admin.get(PATH + "/" + created).json().get("is_default").asBoolean()).isFalse();
        assertThat(actionsOn(created)).containsExactly("risk_matrix.create", "risk_matrix.update");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"is_default\": false}", "{\"is_active\": false}",
        "{\"is_default\": false, \"is_active\": false}"})
    void the_default_cannot_be_unset_or_deactivated_by_patch(String patch) {
        long current = currentDefault();

        Api.Response response = assertUnchangedBy(() -> admin.patch(PATH + "/" + current, patch), 422);

        assertThat(response.json().get("code").asText()).isEqualTo("default_matrix_required");
        assertThat(response.json().get("detail").asText()).contains("designate another");
    }

    @Test
    void the_default_cannot_be_deleted_and_an_inactive_matrix_becomes_default_only_when_activated() {
        long current = currentDefault();
        Api.Response refused = assertUnchangedBy(() -> admin.delete(PATH + "/" + current), 422);
        assertThat(refused.json().get("code").asText()).isEqualTo("default_matrix_required");

        long retired = id(admin.post(PATH, body(unique("Retired"), 3, 3, false)));
        assertThat(admin.delete(PATH + "/" + retired).status()).isEqualTo(204);
        Api.Response inactive = assertUnchangedBy(() -> admin.patch(PATH + "/" + retired, "{\"is_default\": true}"),
                422);
        assertThat(inactive.json().get("code").asText()).isEqualTo("matrix_inactive");

        Api.Response revived = admin.patch(PATH + "/" + retired, "{\"is_default\": true, \"is_active\": true}");
        assertThat(revived.status()).as(revived.toString()).isEqualTo(200);
        assertThat(currentDefault()).isEqualTo(retired);
    }

    @Test
    void a_matrix_scoring_a_risk_keeps_its_grid_but_not_its_name_and_can_still_be_retired() {
        long used = id(admin.post(PATH, body(unique("Used"), 5, 5, false)));
        probe.dsl().insertInto(RISKS).set(RISKS.TITLE, "Flood").set(RISKS.CATEGORY, "operational")
                .set(RISKS.RISK_MATRIX_ID, (int) used).set(RISKS.IS_ACTIVE, false).execute();
        String scores = matrix("x", 5, 5, false).get("risk_scores").toString().replace("25", "30");

        for (String change : List.of("{\"risk_scores\": " + scores + "}",
                "{\"likelihood_levels\": " + levels("Chance", 5) + "}",
                "{\"risk_levels\": [{\"level\":\"low\",\"min_score\":1,\"max_score\":25,\"color\":\"#00FF00\"}]}")) {
            Api.Response refused = assertUnchangedBy(() -> admin.patch(PATH + "/" + used, change), 422);
            assertThat(refused.json().get("code").asText()).isEqualTo("matrix_in_use");
            assertThat(refused.json().get("detail").asText()).contains("create a new matrix");
        }

        Api.Response renamed = admin.patch(PATH + "/" + used, "{\"name\": \"" + unique("Renamed") + "\","
                + " \"description\": null, \"risk_scores\": " + matrix("x", 5, 5, false).get("risk_scores") + "}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("description").isNull()).isTrue();
        assertThat(admin.delete(PATH + "/" + used).status()).isEqualTo(204);
    }

    @Test
    void an_unused_matrix_changes_its_grid_with_the_stored_parts_checked_against_the_sent_ones() {
        long id = id(admin.post(PATH, body(unique("Editable"), 3, 3, false)));

        Api.Response wider = admin.patch(PATH + "/" + id, "{\"impact_levels\": " + levels("Effect", 4)
                + ", \"risk_scores\": [[1,2,3,4],[2,4,6,8],[3,6,9,12]]}");
        assertThat(wider.status()).as(wider.toString()).isEqualTo(200);
        assertThat(wider.json().get("risk_scores").get(2)).hasSize(4);

        Api.Response alone = assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"impact_levels\": "
                + levels("Effect", 5) + "}"), 422);
        assertThat(alone.json().get("code").asText()).isEqualTo("matrix_incomplete");
    }

    @Test
    void every_successful_change_leaves_its_audit_row() {
        long before = auditRows();
        long id = id(admin.post(PATH, body(unique("Audited"), 3, 3, false)));
        admin.patch(PATH + "/" + id, "{\"description\": \"changed\"}");
        admin.delete(PATH + "/" + id);

        assertThat(auditRows() - before).isEqualTo(3);
        assertThat(actionsOn(id))
                .containsExactly("risk_matrix.create", "risk_matrix.update", "risk_matrix.deactivate");
    }

    @Test
    void a_name_taken_in_any_case_is_409_and_changes_nothing() {
        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, body("STANDARD 5X5", 3, 3, false)), 409);
        assertThat(response.json().get("code").asText()).isEqualTo("duplicate_name");

        long id = id(admin.post(PATH, body(unique("Unique"), 3, 3, false)));
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"name\": \"standard 5x5\"}"), 409);
    }

    @Test
    void patch_with_a_current_if_match_succeeds_and_a_stale_one_is_412_and_changes_nothing() {
        long id = id(admin.post(PATH, body(unique("Versioned"), 3, 3, false)));
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response first = admin.patch(PATH + "/" + id, "{\"description\": \"one\"}", "If-Match", etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().isNotEqualTo(Optional.of(etag));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"description\": \"two\"}", "If-Match", etag), 412);
        assertThat(admin.get(PATH + "/" + id).json().get("description").asText()).isEqualTo("one");
    }

    @Test
    void the_seeded_matrix_takes_an_if_match_of_its_own_etag() {
        String etag = admin.get(PATH + "/1").header("ETag").orElseThrow();

        Api.Response patched = admin.patch(PATH + "/1", "{\"description\": \"the seed's\"}", "If-Match", etag);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    }

    @Test
    void list_pages_filters_and_sorts_and_hides_inactive_ones_unless_asked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {"b-" + tag, "a-" + tag, "c-" + tag}) {
            id(admin.post(PATH, body(name, 3, 3, false)));
        }
        admin.delete(PATH + "/" + id(admin.post(PATH, body("d-" + tag, 3, 3, false))));

        JsonNode page = admin.get(PATH + "?q=" + tag.toUpperCase() + "&sort=-name&limit=2&offset=0").json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(names(page)).containsExactly("c-" + tag, "b-" + tag);
        assertThat(names(admin.get(PATH + "?q=" + tag + "&include_inactive=true&sort=created_at").json()))
                .containsExactly("b-" + tag, "a-" + tag, "c-" + tag, "d-" + tag);
        assertThat(admin.get(PATH + "?q=" + tag + "&is_default=false").json().get("total").asLong()).isEqualTo(3);
        assertThat(admin.get(PATH + "?q=" + tag + "&is_default=true").json().get("total").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "limit=0", "limit=501", "offset=-1", "sort=level", "sort=name,name",
        "include_inactive=yes", "is_default=1", "name=x", "q=a&q=b"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": null}", "{\"is_default\": null}", "{\"risk_scores\": null}",
        "{\"risk_scores\": \"[[1]]\"}", "{\"likelihood_levels\": [{\"value\": \"1\", \"name\": \"a\"}]}",
        "{\"id\": 3}", "{\"created_at\": \"2020-01-01T00:00:00Z\"}", "{}"})
    void malformed_patches_are_400_and_change_nothing(String patch) {
        long id = id(admin.post(PATH, body(unique("Stable"), 3, 3, false)));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, patch), 400);
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertProblem(admin.get(PATH + "/999999"), 404);
        assertProblem(admin.get(PATH + "/abc"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"name\": \"x\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
    }

    private long currentDefault() {
        JsonNode defaults = admin.get(PATH + "?is_default=true").json();
        assertThat(defaults.get("total").asLong()).as("exactly one default").isOne();
        return defaults.get("items").get(0).get("id").asLong();
    }

    private List<String> actionsOn(long id) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk_matrix"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long matrices = probe.dsl().fetchCount(RISK_MATRICES);
        String lastChange = lastChange();
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(RISK_MATRICES)).as("matrices").isEqualTo(matrices);
        assertThat(lastChange()).as("last change").isEqualTo(lastChange);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    private String lastChange() {
        return probe.dsl().select(DSL.max(RISK_MATRICES.UPDATED_AT)).from(RISK_MATRICES).fetchOne(0, String.class);
    }

    private static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ", "insert ");
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("name").asText()).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
