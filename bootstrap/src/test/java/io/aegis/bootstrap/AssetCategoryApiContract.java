package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/asset-categories} over real HTTP against the real wiring, on each database. Every
 * refused request must answer problem+json and change nothing: no row, no audit entry.
 */
abstract class AssetCategoryApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/asset-categories";


    @Test
    void create_answers_201_with_location_etag_and_the_category_in_snake_case() {
        String name = unique("Servers");

        Api.Response created = admin.post(PATH, """
                {"name": "  %s ", "description": "Rack servers", "color": "#1a2b3c"}""".formatted(name));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("name").asText()).isEqualTo(name);
        assertThat(body.get("description").asText()).isEqualTo("Rack servers");
        assertThat(body.get("color").asText()).isEqualTo("#1A2B3C");
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(body.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(created.header("Location")).contains(PATH + "/" + body.get("id").asLong());
        assertThat(created.header("ETag")).isPresent();

        Api.Response fetched = admin.get(PATH + "/" + body.get("id").asLong());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(body);
        assertThat(fetched.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void every_successful_change_leaves_exactly_one_audit_row() {
        long before = auditRows();
        long id = create(unique("Audited"));
        admin.patch(PATH + "/" + id, "{\"color\": \"#000000\"}");
        admin.delete(PATH + "/" + id);

        assertThat(auditRows() - before).isEqualTo(3);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS).where(AUDIT_LOGS.RESOURCE_TYPE.eq("asset_category"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("asset_category.create", "asset_category.update", "asset_category.deactivate");
    }

    @Test
    void a_name_taken_in_any_case_is_409_and_changes_nothing() {
        String name = unique("Laptops");
        create(name);

        assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"" + name.toUpperCase() + "\"}"), 409);
    }

    @Test
    void list_pages_filters_and_sorts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {"b-" + tag, "a-" + tag, "c-" + tag}) {
            create(name);
        }

        Api.Response page = admin.get(PATH + "?q=" + tag + "&sort=-name&limit=2&offset=0");

        assertThat(page.status()).isEqualTo(200);
        JsonNode body = page.json();
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("limit").asInt()).isEqualTo(2);
        assertThat(body.get("offset").asInt()).isZero();
        assertThat(body.get("items")).extracting(item -> item.get("name").asText())
                .containsExactly("c-" + tag, "b-" + tag);
        assertThat(admin.get(PATH + "?name=A-" + tag).json().get("items")).hasSize(1);
    }

    @Test
    void delete_is_soft_the_category_is_hidden_from_lists_unless_asked_for() {
        String name = unique("Retired");
        long id = create(name);

        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);

        assertThat(admin.get(PATH + "/" + id).json().get("is_active").asBoolean()).isFalse();
        assertThat(admin.get(PATH + "?name=" + encoded(name)).json().get("total").asLong()).isZero();
        assertThat(admin.get(PATH + "?name=" + encoded(name) + "&include_inactive=true").json().get("total").asLong()).isOne();
        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);
    }

    @Test
    void patch_changes_only_the_fields_sent_and_null_clears() {
        long id = create(unique("Patched"));

        Api.Response patched = admin.patch(PATH + "/" + id, "{\"description\": null, \"color\": \"#abcdef\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("description").isNull()).isTrue();
        assertThat(patched.json().get("color").asText()).isEqualTo("#ABCDEF");
        assertThat(patched.json().get("name").asText()).startsWith("Patched");
    }

    @Test
    void patch_with_a_current_if_match_succeeds_and_a_stale_one_is_412_and_changes_nothing() {
        long id = create(unique("Versioned"));
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response first = admin.patch(PATH + "/" + id, "{\"color\": \"#111111\"}", "If-Match", etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"color\": \"#222222\"}", "If-Match", etag), 412);
        assertThat(admin.get(PATH + "/" + id).json().get("color").asText()).isEqualTo("#111111");
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertProblem(admin.get(PATH + "/999999"), 404);
        assertProblem(admin.get(PATH + "/abc"), 400);
        assertProblem(admin.get(PATH + "/-1"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"name\": \"x\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": 5}",
        "{\"name\": true}",
        "{\"name\": [\"a\"]}",
        "{\"name\": \"ok\", \"colour\": \"#000000\"}",
        "{\"name\": \"ok\", \"id\": 7}",
        "{\"name\": \"ok\", \"color\": \"red\"}",
        "{\"name\": \"ok\", \"color\": \"#12345\"}",
        "{\"name\": \"\"}",
        "{\"name\": \"   \"}",
        "{}",
        "[]",
        "\"just a string\"",
        "{\"name\": \"ok\"",
        "not json",
        "{\"name\": \"ok\"} trailing",
    })
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void names_over_the_column_length_are_400_naming_the_field() {
        Api.Response response = assertUnchangedBy(
                () -> admin.post(PATH, "{\"name\": \"" + "x".repeat(101) + "\"}"), 400);

        assertThat(response.json().get("errors")).anySatisfy(error ->
                assertThat(error.get("field").asText()).isEqualTo("name"));
    }

    @Test
    void several_invalid_fields_are_reported_together() {
        Api.Response response = assertUnchangedBy(
                () -> admin.post(PATH, "{\"name\": \"\", \"color\": \"blue\"}"), 400);

        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("name", "color");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": null}",
        "{\"name\": 1}",
        "{\"is_active\": \"yes\"}",
        "{\"is_active\": null}",
        "{\"created_at\": \"2020-01-01T00:00:00Z\"}",
        "{\"id\": 3}",
        "{\"color\": \"#zzzzzz\"}",
        "{}",
    })
    void malformed_patches_are_400_problems_and_change_nothing(String body) {
        long id = create(unique("Stable"));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "limit=0", "limit=501", "limit=ten", "offset=-1", "sort=colour",
        "sort=name,name", "include_inactive=yes", "color=blue", "limit=1&limit=2"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    @Test
    void a_body_declared_over_the_limit_is_413_and_changes_nothing() {
        long categories = probe.dsl().fetchCount(ASSET_CATEGORIES);
        long audits = auditRows();

        // only the headers of a 10 MB upload: the refusal must not wait for (or read) the body
        String statusLine = admin.statusOfDeclaredUpload(PATH, 10L * 1024 * 1024);

        assertThat(statusLine).startsWith("HTTP/1.1 413");
        assertThat(probe.dsl().fetchCount(ASSET_CATEGORIES)).isEqualTo(categories);
        assertThat(auditRows()).isEqualTo(audits);
    }

    @Test
    void a_body_that_is_not_json_is_415_and_changes_nothing() {
        assertUnchangedBy(() -> admin.send(admin.request(PATH).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"plain\"}"))), 415);
    }

    private long create(String name) {
        Api.Response created = admin.post(PATH, "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long categories = probe.dsl().fetchCount(ASSET_CATEGORIES);
        String lastChange = probe.dsl().select(org.jooq.impl.DSL.max(ASSET_CATEGORIES.UPDATED_AT))
                .from(ASSET_CATEGORIES).fetchOne(0, String.class);
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(ASSET_CATEGORIES)).as("categories").isEqualTo(categories);
        assertThat(probe.dsl().select(org.jooq.impl.DSL.max(ASSET_CATEGORIES.UPDATED_AT)).from(ASSET_CATEGORIES)
                .fetchOne(0, String.class)).as("last change").isEqualTo(lastChange);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    private static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ", "insert ");
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
