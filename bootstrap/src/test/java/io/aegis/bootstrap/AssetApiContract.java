package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/assets}, its CSV import and export, over real HTTP against the real wiring, on each database.
 * Every refused request must answer problem+json and change nothing: no row, no audit entry.
 */
abstract class AssetApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/assets";
    private static final String FULL = """
            {"name": " %s ", "description": "'Orders database", "asset_type": "database", "criticality": "high",
             "ip_address": "2001:DB8:0:0:0:0:0:10", "hostname": "DB-01.Example.COM.", "operating_system": "Debian 12",
             "version": "15.4", "location": "Frankfurt", "environment": "production", "business_unit": "Payments",
             "cost_center": "=HYPERLINK(\\"x\\")", "compliance_scope": ["PCI DSS", "pci dss", "ISO 27001"],
             "status": "maintenance", "purchase_date": "2024-01-15T01:00:00+01:00",
             "warranty_expiry": "2027-01-15T00:00:00Z", "last_scan_date": "2026-02-27T22:10:05.250Z",
             "tags": ["critical-path", "'quoted"], "custom_fields": {"rto_hours": 4, "ratio": 0.25, "encrypted": true,
             "note": "-1 means never"}}""";

    @Test
    void create_answers_201_with_location_etag_and_every_column_normalised() {
        String name = unique("db");

        Api.Response created = admin.post(PATH, FULL.formatted(name));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("name").asText()).isEqualTo(name);
        assertThat(body.get("ip_address").asText()).isEqualTo("2001:db8::10");
        assertThat(body.get("hostname").asText()).isEqualTo("db-01.example.com");
        assertThat(body.get("compliance_scope")).hasSize(2);
        assertThat(body.get("purchase_date").asText()).isEqualTo("2024-01-15T00:00:00.000Z");
        assertThat(body.get("custom_fields").get("rto_hours").asLong()).isEqualTo(4);
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(body.get("created_by").asLong()).isPositive();
        assertThat(created.header("Location")).contains(PATH + "/" + body.get("id").asLong());
        assertThat(created.header("ETag")).isPresent();

        Api.Response fetched = admin.get(PATH + "/" + body.get("id").asLong());
        assertThat(fetched.json()).isEqualTo(body);
        assertThat(fetched.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void defaults_are_medium_and_active() {
        JsonNode body = admin.post(PATH, bare(unique("bare"))).json();

        assertThat(body.get("criticality").asText()).isEqualTo("medium");
        assertThat(body.get("status").asText()).isEqualTo("active");
        assertThat(body.get("tags")).isEmpty();
        assertThat(body.get("custom_fields").isObject()).isTrue();
    }

    @Test
    void every_change_leaves_exactly_one_audit_row() {
        long before = auditRows();
        long id = create(unique("audited"));
        admin.patch(PATH + "/" + id, "{\"criticality\": \"low\"}");
        admin.delete(PATH + "/" + id);

        assertThat(auditRows() - before).isEqualTo(3);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("asset"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("asset.create", "asset.update", "asset.deactivate");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"asset_type\": \"server\"}",
        "{\"name\": \"x\"}",
        "{\"name\": \"x\", \"asset_type\": \"Server\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"criticality\": \"extreme\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"status\": \"in use\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"ip_address\": \"300.1.1.1\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"ip_address\": \"010.1.1.1\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"ip_address\": \"fe80::1%eth0\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"hostname\": \"-bad-.example\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"purchase_date\": \"2024-01-15\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"tags\": \"pci\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"tags\": [1]}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"custom_fields\": {\"a\": {\"b\": 1}}}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"custom_fields\": {\"bad key\": 1}}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"owner_id\": \"1\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"owner_id\": 0}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"id\": 4}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"is_active\": false}",
        "{\"name\": 5, \"asset_type\": \"server\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"org_unit_id\": null}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"org_unit_id\": \"1\"}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"org_unit_id\": 0}",
        "{\"name\": \"x\", \"asset_type\": \"server\", \"org_unit_id\": 2147483648}",
        "not json",
    })
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void oversize_fields_are_400_naming_the_field() {
        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"x\", \"asset_type\": \"server\","
                + " \"cost_center\": \"" + "c".repeat(51) + "\", \"name\": \"" + "n".repeat(256) + "\"}"), 400);

        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains("name");
    }

    @Test
    void unknown_owner_or_category_and_a_backwards_warranty_are_422_and_change_nothing() {
        assertThat(assertUnchangedBy(() -> admin.post(PATH,
                "{\"name\": \"x\", \"asset_type\": \"server\", \"owner_id\": 999999}"), 422).json()
                .get("code").asText()).isEqualTo("unknown_owner");
        assertThat(assertUnchangedBy(() -> admin.post(PATH,
                "{\"name\": \"x\", \"asset_type\": \"server\", \"category_id\": 999999}"), 422).json()
                .get("code").asText()).isEqualTo("unknown_category");
        assertThat(assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"x\", \"asset_type\": \"server\","
                + " \"purchase_date\": \"2025-01-01T00:00:00Z\", \"warranty_expiry\": \"2024-01-01T00:00:00Z\"}"), 422)
                .json().get("code").asText()).isEqualTo("warranty_before_purchase");
        long category = admin.post("/api/v1/asset-categories", "{\"name\": \"" + unique("gone") + "\"}").json()
                .get("id").asLong();
        admin.delete("/api/v1/asset-categories/" + category);
        assertThat(assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"x\", \"asset_type\": \"server\","
                + " \"category_id\": " + category + "}"), 422).json().get("code").asText())
                .isEqualTo("inactive_category");
    }

    @Test
    void list_filters_sorts_by_severity_and_pages() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create(tag + "-a", "low", "10.0.0.1");
        create(tag + "-b", "critical", "10.0.0.2");
        create(tag + "-c", "medium", "10.0.0.3");

        JsonNode page = admin.get(PATH + "?q=" + tag + "&sort=-criticality&limit=2").json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).extracting(i -> i.get("name").asText())
                .containsExactly(tag + "-b", tag + "-c");
        assertThat(admin.get(PATH + "?q=" + tag + "&criticality=low").json().get("total").asLong()).isOne();
        assertThat(admin.get(PATH + "?q=10.0.0.2&asset_type=server&status=active").json().get("items"))
                .extracting(i -> i.get("name").asText()).contains(tag + "-b");
        assertThat(admin.get(PATH + "?q=" + tag + "&created_from=2000-01-01T00:00:00Z&created_to=2000-01-02T00:00:00Z")
                .json().get("total").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "sort=colour", "sort=tags", "asset_type=laptop", "criticality=HIGH",
        "status=broken", "owner_id=abc", "category_id=-1", "created_from=yesterday", "include_inactive=yes",
        "limit=501", "org_unit_id=abc", "org_unit_id=01", "org_unit_id=2147483648"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    @Test
    void an_asset_recorded_before_units_existed_is_the_roots_and_the_administrator_still_sees_it() {
        String name = unique("pre-units");
        // a row as an older node writes it during a rolling upgrade: no org_unit_id, so the column's default
        Integer id = probe.dsl().insertInto(ASSETS).set(ASSETS.NAME, name).set(ASSETS.ASSET_TYPE, "server")
                .returningResult(ASSETS.ID).fetchOne(ASSETS.ID);

        JsonNode asset = admin.get(PATH + "/" + id).json();

        assertThat(asset.get("org_unit_id").asLong()).isOne();
        assertThat(admin.get(PATH + "?org_unit_id=1&q=" + encoded(name)).json().get("total").asLong()).isOne();
        assertThat(admin.post(PATH, bare(unique("new"))).json().get("org_unit_id").asLong()).isOne();
    }

    @Test
    void org_unit_id_places_moves_and_filters_and_a_unit_that_is_no_active_unit_is_422_unknown_org_unit() {
        long unit = admin.post("/api/v1/org-units", "{\"name\": \"" + unique("Plant") + "\", \"parent_id\": 1}")
                .json().get("id").asLong();
        String name = unique("placed");

        Api.Response created = admin.post(PATH, "{\"name\": \"" + name + "\", \"asset_type\": \"server\","
                + " \"org_unit_id\": " + unit + "}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("org_unit_id").asLong()).isEqualTo(unit);
        assertThat(admin.get(PATH + "?org_unit_id=" + unit).json().get("items"))
                .extracting(i -> i.get("id").asLong()).containsExactly(id);
        assertThat(admin.get(PATH + "/export?format=csv&org_unit_id=" + unit).body())
                .startsWith("id,name,").contains(",org_unit_id\r\n").contains("," + unit + "\r\n");
        assertThat(assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"x\", \"asset_type\": \"server\","
                + " \"org_unit_id\": 999999}"), 422).json().get("code").asText()).isEqualTo("unknown_org_unit");
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"org_unit_id\": null}"), 400);

        Api.Response moved = admin.patch(PATH + "/" + id, "{\"org_unit_id\": 1, \"location\": \"Lyon\"}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("org_unit_id").asLong()).isOne();
        assertThat(moved.json().get("location").asText()).isEqualTo("Lyon");
        assertThat(admin.delete("/api/v1/org-units/" + unit).status()).isEqualTo(204);
        assertThat(assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"org_unit_id\": " + unit + "}"), 422)
                .json().get("code").asText()).isEqualTo("unknown_org_unit");
    }

    @Test
    void an_import_row_naming_no_active_unit_is_refused_like_an_unknown_owner() {
        String tag = unique("imp-unit");

        JsonNode report = importCsv("name,asset_type,org_unit_id\r\n" + tag + " root,server,1\r\n"
                + tag + " nowhere,server,999999\r\n" + tag + " bad,server,one\r\n", false).json();

        assertThat(report.get("rows")).extracting(r -> r.get("status").asText())
                .containsExactly("created", "refused", "refused");
        assertThat(report.get("rows").get(1).get("errors").get(0).get("field").asText()).isEqualTo("unknown_org_unit");
        assertThat(report.get("rows").get(2).get("errors").get(0).get("field").asText()).isEqualTo("org_unit_id");
        assertThat(admin.get(PATH + "/" + report.get("rows").get(0).get("id").asLong()).json().get("org_unit_id")
                .asLong()).isOne();
    }

    @Test
    void patch_changes_only_the_fields_sent_null_clears_and_a_stale_if_match_is_412() {
        long id = create(unique("patched"));
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response patched = admin.patch(PATH + "/" + id,
                "{\"ip_address\": \"192.0.2.1\", \"tags\": [\"x\"], \"description\": null}", "If-Match", etag);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("ip_address").asText()).isEqualTo("192.0.2.1");
        assertThat(patched.json().get("tags").get(0).asText()).isEqualTo("x");
        assertThat(patched.json().get("asset_type").asText()).isEqualTo("server");
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"criticality\": \"low\"}", "If-Match", etag), 412);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"ip_address\": \"1.2.3\"}"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"name\": null}"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"id\": 1}"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"owner_id\": 999999}"), 422);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"name\": \"x\"}"), 404);
    }

    @Test
    void delete_is_soft_and_hides_the_asset_from_lists_unless_asked_for() {
        String name = unique("retired");
        long id = create(name);

        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);

        assertThat(admin.get(PATH + "/" + id).json().get("is_active").asBoolean()).isFalse();
        assertThat(admin.get(PATH + "?name=" + encoded(name)).json().get("total").asLong()).isZero();
        assertThat(admin.get(PATH + "?name=" + encoded(name) + "&include_inactive=true").json().get("total").asLong())
                .isOne();
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
    }

    @Test
    void import_reports_accepted_and_refused_rows_and_audits_each_created_asset() {
        String tag = unique("imp");
        long audits = auditRows();

        Api.Response response = importCsv("name,asset_type,ip_address,tags\r\n"
                + tag + " one,server,192.0.2.10,\"[\"\"a\"\"]\"\r\n"
                + tag + " two,laptop,,\r\n"
                + tag + " three,server,999.1.1.1,\r\n", false);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("refused").asInt()).isEqualTo(2);
        assertThat(report.get("rows").get(0).get("status").asText()).isEqualTo("created");
        assertThat(report.get("rows").get(1).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("rows").get(1).get("errors").get(0).get("field").asText()).isEqualTo("asset_type");
        assertThat(report.get("rows").get(2).get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
        assertThat(auditRows() - audits).isOne();
        long id = report.get("rows").get(0).get("id").asLong();
        assertThat(admin.get(PATH + "/" + id).json().get("tags").get(0).asText()).isEqualTo("a");
    }

    @Test
    void import_all_or_nothing_stores_nothing_when_a_row_is_refused() {
        String tag = unique("aon");
        Api.Response response = assertUnchangedBy(() -> importCsv("name,asset_type,owner_id\r\n"
                + tag + ",server,\r\n" + tag + ",server,999999\r\n", true), 422);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("import_refused");
        assertThat(response.json().get("detail").asText()).startsWith("1 row was refused");
        assertThat(response.json().get("stored").asBoolean()).isFalse();
        assertThat(response.json().get("rows").get(0).get("status").asText()).isEqualTo("valid");
        assertThat(response.json().get("rows").get(1).get("errors").get(0).get("field").asText())
                .isEqualTo("unknown_owner");
    }

    @Test
    void import_refuses_a_bad_header_or_a_non_multipart_body_with_400_or_415() {
        assertUnchangedBy(() -> importCsv("name,asset_type,colour\r\nx,server,red\r\n", false), 400);
        assertUnchangedBy(() -> importCsv("name,name,asset_type\r\nx,x,server\r\n", false), 400);
        assertUnchangedBy(() -> importCsv("description\r\nx\r\n", false), 400);
        assertUnchangedBy(() -> importCsv("", false), 400);
        assertUnchangedBy(() -> admin.post(PATH + "/import", "{\"name\": \"x\"}"), 415);
        assertUnchangedBy(() -> admin.send(admin.request(PATH + "/import?all_or_nothing=maybe")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(multipart("name,asset_type\r\nx,server\r\n")))), 400);
    }

    @Test
    void import_refuses_a_malformed_multipart_body_with_400_and_a_chunked_one_over_the_limit_with_413() {
        String body = multipart("name,asset_type\r\nx,server\r\n");
        assertUnchangedBy(() -> upload("multipart/form-data", HttpRequest.BodyPublishers.ofString(body)), 400);
        assertUnchangedBy(() -> upload("multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofString(body.substring(0, body.length() / 2))), 400);
        // only just over the limit: the server reads up to 2 MiB past it before it answers (BufferedBodyHandler)
        byte[] overLimit = multipart("name\r\n" + "x".repeat((int) AegisConfig.DEFAULT_MAX_UPLOAD_BYTES))
                .getBytes(StandardCharsets.UTF_8);
        assertUnchangedBy(() -> upload("multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overLimit))), 413);
    }

    @Test
    void export_re_imports_losslessly_into_a_fresh_database(@org.junit.jupiter.api.io.TempDir Path other)
            throws Exception {
        String tag = unique("exp");
        long full = admin.post(PATH, FULL.formatted(tag + " full")).json().get("id").asLong();
        long gone = create(tag + " gone");
        admin.delete(PATH + "/" + gone);

        Api.Response export = admin.get(PATH + "/export?format=csv&include_inactive=true&sort=name&q="
                + encoded(tag));
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).startsWith("id,name,description,asset_type,").contains("'=HYPERLINK")
                .contains(",''Orders database,");

        try (TestDatabase database = database(Files.createDirectories(other.resolve("fresh")));
             Wiring fresh = Wiring.start(TestConfigs.onEphemeralPort(other).withDatabase(database.settings().url(),
                     database.settings().user(), database.settings().password()), "fresh")) {
            Api freshAdmin = new Api(fresh.port()).loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
            // owners are users of the first installation; on the fresh one the same id is its admin
            Api.Response imported = freshAdmin.send(freshAdmin.request(PATH + "/import")
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString(multipart(export.body()))));
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("refused").asInt()).isZero();

            JsonNode original = admin.get(PATH + "?include_inactive=true&sort=name&q=" + encoded(tag)).json();
            JsonNode copy = freshAdmin.get(PATH + "?include_inactive=true&sort=name&q=" + encoded(tag)).json();
            assertThat(withoutAssignedColumns(copy.get("items"))).isEqualTo(withoutAssignedColumns(original.get("items")));
            assertThat(original.get("items")).extracting(i -> i.get("id").asLong()).contains(full, gone);
        }
    }

    @Test
    void export_writes_csv_when_no_format_is_named() {
        Api.Response export = admin.get(PATH + "/export");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).isEqualTo(admin.get(PATH + "/export?format=csv").body());
    }

    @Test
    void export_refuses_paging_and_unknown_formats() {
        assertProblem(admin.get(PATH + "/export?format=xlsx"), 400);
        assertProblem(admin.get(PATH + "/export?format=csv&limit=5"), 400);
        assertProblem(admin.get(PATH + "/export?format=csv&sort=colour"), 400);
    }

    private static List<JsonNode> withoutAssignedColumns(JsonNode items) {
        List<JsonNode> stripped = new java.util.ArrayList<>();
        items.forEach(item -> {
            ObjectNode copy = item.deepCopy();
            copy.remove(List.of("id", "created_at", "updated_at", "created_by"));
            stripped.add(copy);
        });
        return stripped;
    }

    private Api.Response upload(String contentType, HttpRequest.BodyPublisher body) {
        return admin.send(admin.request(PATH + "/import").header("Content-Type", contentType).POST(body));
    }

    private Api.Response importCsv(String csv, boolean allOrNothing) {
        return admin.send(admin.request(PATH + "/import" + (allOrNothing ? "?all_or_nothing=true" : ""))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(multipart(csv))));
    }

    private static String multipart(String csv) {
        return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"assets.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--b--\r\n";
    }

    private long create(String name) {
        return create(name, "medium", null);
    }

    private long create(String name, String criticality, String ip) {
        Api.Response created = admin.post(PATH, "{\"name\": \"" + name + "\", \"asset_type\": \"server\","
                + " \"criticality\": \"" + criticality + "\"" + (ip == null ? "" : ", \"ip_address\": \"" + ip + "\"")
                + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String bare(String name) {
        return "{\"name\": \"" + name + "\", \"asset_type\": \"server\"}";
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long assets = probe.dsl().fetchCount(ASSETS);
        String lastChange = probe.dsl().select(org.jooq.impl.DSL.max(ASSETS.UPDATED_AT)).from(ASSETS)
                .fetchOne(0, String.class);
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(ASSETS)).as("assets").isEqualTo(assets);
        assertThat(probe.dsl().select(org.jooq.impl.DSL.max(ASSETS.UPDATED_AT)).from(ASSETS)
                .fetchOne(0, String.class)).as("last change").isEqualTo(lastChange);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ", "insert ");
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
