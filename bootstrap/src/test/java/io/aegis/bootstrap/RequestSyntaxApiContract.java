package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The syntax every route shares, over real HTTP on each database: ids in paths, filters and CSV cells,
 * scalars in JSON bodies, text that is not valid Unicode, and {@code If-Match} lists (RFC 9110 13.1.1).
 */
abstract class RequestSyntaxApiContract extends RunningAegisContract {

    private static final String CATEGORIES = "/api/v1/asset-categories";
    private static final String RISK = "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3,"
            + " \"inherent_impact\": 3, ";

    // ---- ids --------------------------------------------------------------------------------------------------

    @Test
    void the_canonical_id_reads_the_resource() {
        assertThat(admin.get("/api/v1/users/1").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%EF%BC%91", "%D9%A1", "+1", "01", "-1", "0", "1.0", "1e0", "%201", "1%20",
        "2147483648", "99999999999999999999"})
    void a_path_id_in_any_other_form_is_400(String id) {
        assertProblem(admin.get("/api/v1/users/" + id), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%EF%BC%91", "+1", "01", "0", "2147483648"})
    void an_id_filter_in_any_other_form_is_400(String id) {
        assertProblem(admin.get("/api/v1/risks?owner_id=" + id), 400);
    }

    @Test
    void a_csv_import_takes_ids_and_json_text_as_the_api_does() {
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Api.Response report = admin.send(admin.request("/api/v1/assets/import")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data;"
                        + " name=\"file\"; filename=\"assets.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                        + "name,asset_type,owner_id,tags\r\n"
                        + tag + " a,server,1,\r\n"
                        + tag + " b,server,01,\r\n"
                        + tag + " c,server,+1,\r\n"
                        + tag + " d,server,,\"[\"\"\\ud800\"\"]\"\r\n"
                        + "\r\n--b--\r\n")));

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rows").findValuesAsText("status"))
                .containsExactly("created", "refused", "refused", "refused");
        assertThat(report.json().get("rows").get(1).get("errors").findValuesAsText("field"))
                .containsExactly("owner_id");
        assertThat(report.json().get("rows").get(2).get("errors").findValuesAsText("field"))
                .containsExactly("owner_id");
        assertThat(report.json().get("rows").get(3).get("errors").findValuesAsText("field"))
                .containsExactly("tags.[0]");
    }

    // ---- scalars ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\"residual_likelihood\": \" \", \"residual_impact\": \" \"",
        "\"residual_likelihood\": \"\\t\", \"residual_impact\": \"\\n\"", "\"ai_confidence_score\": \" \"",
        "\"owner_id\": \" \"", "\"identified_date\": \" \"", "\"ai_last_updated\": \"\""})
    void a_blank_string_for_a_number_or_timestamp_is_400(String field) {
        long risks = rows("risks");
        assertProblem(admin.post("/api/v1/risks", RISK + field + "}"), 400);
        assertThat(rows("risks")).isEqualTo(risks);
    }

    @Test
    void a_blank_string_for_a_boolean_is_400() {
        assertProblem(admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": 1, \"target_asset_id\": 2,"
                + " \"relationship_type\": \"depends_on\", \"is_critical_dependency\": \" \"}"), 400);
    }

    // ---- text -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"a\\ud800b\"}|name", "{\"name\": \"a\\udc00\"}|name",
        "{\"name\": \"ok\", \"description\": \"\\udbff\"}|description"})
    void a_lone_surrogate_in_a_created_text_is_400_naming_the_field(String spec) {
        String[] parts = spec.split("\\|");
        long categories = rows("asset_categories");

        Api.Response response = admin.post(CATEGORIES, parts[0].replace("ok", unique("ok")));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly(parts[1]);
        assertThat(rows("asset_categories")).isEqualTo(categories);
    }

    @Test
    void a_lone_surrogate_in_a_patched_text_or_a_nested_value_is_400_naming_it() {
        long id = createCategory(unique("Surrogates"));
        Api.Response patch = admin.patch(CATEGORIES + "/" + id, "{\"description\": \"x\\ud83d\"}");
        Api.Response nested = admin.post("/api/v1/risks", RISK + "\"tags\": [\"fine\", \"\\ude00\"]}");
        Api.Response custom = admin.post("/api/v1/risks", RISK + "\"custom_fields\": {\"k\": \"\\ud800\"}}");

        assertProblem(patch, 400);
        assertThat(patch.json().get("errors").findValuesAsText("field")).containsExactly("description");
        assertProblem(nested, 400);
        assertThat(nested.json().get("errors").findValuesAsText("field")).containsExactly("tags.[1]");
        assertProblem(custom, 400);
        assertThat(custom.json().get("errors").findValuesAsText("field")).containsExactly("custom_fields.k");
    }

    @Test
    void a_surrogate_pair_is_text_like_any_other() {
        Api.Response created = admin.post(CATEGORIES, "{\"name\": \"" + unique("Smile \\ud83d\\ude00") + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).startsWith("Smile \uD83D\uDE00");
    }

    // ---- If-Match ---------------------------------------------------------------------------------------------

    @Test
    void if_match_is_met_by_any_strong_tag_of_a_list() {
        long id = createCategory(unique("Listed"));
        String etag = admin.get(CATEGORIES + "/" + id).header("ETag").orElseThrow();

        Api.Response patched = admin.patch(CATEGORIES + "/" + id, "{\"color\": \"#111111\"}",
                "If-Match", "\"1\", " + etag + " , \"2\"");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    }

    @Test
    void if_match_star_is_met_by_any_existing_resource() {
        long id = createCategory(unique("Starred"));

        assertThat(admin.patch(CATEGORIES + "/" + id, "{\"color\": \"#222222\"}", "If-Match", "*").status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/%s", "\"1\", W/%s", "\"1\", \"2\"", "%s\"", "garbage"})
    void if_match_without_a_matching_strong_tag_is_412(String header) {
        long id = createCategory(unique("Weak"));
        String etag = admin.get(CATEGORIES + "/" + id).header("ETag").orElseThrow();

        Api.Response response = admin.patch(CATEGORIES + "/" + id, "{\"color\": \"#333333\"}", "If-Match",
                header.formatted(etag));

        assertProblem(response, 412);
        assertThat(admin.get(CATEGORIES + "/" + id).header("ETag")).contains(etag);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private long createCategory(String name) {
        Api.Response created = admin.post(CATEGORIES, "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long rows(String table) {
        return probe.dsl().fetchCount(org.jooq.impl.DSL.table(table)) + probe.dsl().fetchCount(AUDIT_LOGS);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
