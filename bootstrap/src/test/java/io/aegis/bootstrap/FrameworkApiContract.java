package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/frameworks}, {@code /controls} and {@code /catalogs/bundled} over real HTTP against the real wiring
 * (the real OSCAL reader and the catalogs shipped in the jar), on each database. Each test imports the sample
 * catalog under a name of its own; a refused import must answer problem+json and change nothing.
 */
abstract class FrameworkApiContract extends RunningAegisContract {

    private static final String FRAMEWORKS_PATH = "/api/v1/frameworks";
    private static final String IMPORT = FRAMEWORKS_PATH + "/import";
    private static final String SP_800_53_TITLE = "Electronic Version of NIST SP 800-53 Rev 5 Controls and SP 800-53A"
            + " Rev 5 Assessment Procedures";

    private Api readOnly;

    @BeforeAll
    void signInAReader() {
        readOnly = newReader();
    }

    /** A catalog file of src/test/resources/catalog, its sample title replaced by {@code name}. */
    private static byte[] catalog(String file, String name) {
        return SampleFiles.catalog(file, name).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String file) {
        return SampleFiles.bytes("/catalog/" + file);
    }

    /** The 800-171 Rev 3 catalog as the jar ships it, in XML, its title replaced by {@code name}. */
    private static byte[] sp800171(String name) throws IOException {
        try (InputStream gzipped = FrameworkApiContract.class.getResourceAsStream(
                "/io/aegis/adapters/integrations/catalog/bundled/nist-800-171r3.xml.gz");
             InputStream xml = new GZIPInputStream(gzipped)) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("<title>Protecting[^<]*</title>", "<title>" + name + "</title>")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode imported(String file, String name, String query) {
        Api.Response response = CsvUploads.upload(admin, IMPORT + query, catalog(file, name));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private long frameworkRows() {
        return probe.dsl().fetchCount(FRAMEWORKS);
    }

    private long controlRows() {
        return probe.dsl().fetchCount(CONTROLS);
    }

    /** The audit entries of changes made; a refusal is audited too, as denied. */
    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
    }

    private List<String> auditActions(long frameworkId) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("framework"), AUDIT_LOGS.RESOURCE_ID.eq((int) frameworkId))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    /** The versions of the framework's controls, by id. */
    private List<Instant> versions(long frameworkId) {
        return probe.dsl().select(CONTROLS.UPDATED_AT).from(CONTROLS).where(CONTROLS.FRAMEWORK_ID.eq((int) frameworkId))
                .orderBy(CONTROLS.ID).fetch(CONTROLS.UPDATED_AT);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.get("control_id").asText()));
        return texts;
    }

    /** Every row and change's audit entry as they were, after {@code request} answered {@code status} with problem+json. */
    private void assertRefusedAndUnchanged(Supplier<Api.Response> request, int status,
                                           String code) {
        long frameworks = frameworkRows();
        long controls = controlRows();
        long audit = auditRows();
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(frameworkRows()).isEqualTo(frameworks);
        assertThat(controlRows()).isEqualTo(controls);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void a_catalog_creates_its_framework_with_its_controls_and_one_audit_entry() {
        String name = unique("Sample");

        JsonNode report = imported("sample-catalog-v1.json", name, "");

        assertThat(report.get("created").asBoolean()).isTrue();
        assertThat(report.get("dry_run").asBoolean()).isFalse();
        assertThat(texts(report.get("added"))).containsExactly("AC", "AC-1", "AC-2", "AC-2(1)", "AC-13", "AU",
                "AU-6");
        long id = report.get("framework_id").asLong();
        JsonNode framework = admin.get(FRAMEWORKS_PATH + "/" + id).json();
        assertThat(framework.get("name").asText()).isEqualTo(name);
        assertThat(framework.get("version").asText()).isEqualTo("1.0");
        assertThat(framework.get("organization").asText()).isEqualTo("Aegis Test Authority");
        assertThat(framework.get("framework_type").asText()).isEqualTo("catalog");
        assertThat(framework.get("control_count").asLong()).isEqualTo(5);
        assertThat(framework.get("active_control_count").asLong()).isEqualTo(4);
        assertThat(framework.get("group_count").asLong()).isEqualTo(2);
        assertThat(auditActions(id)).containsExactly("framework.import");
        JsonNode listed = readOnly.get(FRAMEWORKS_PATH + "?q=" + name.substring(7)).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0)).isEqualTo(framework);
    }

    @Test
    void a_catalog_may_come_as_the_raw_json_body() {
        String name = unique("Raw");

        Api.Response response = admin.post(IMPORT, new String(catalog("sample-catalog-v1.json", name),
                StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("name").asText()).isEqualTo(name);
        assertThat(response.json().get("added")).hasSize(7);
    }

    @Test
    void a_dry_run_reports_the_changes_and_stores_nothing() {
        String name = unique("Dry");
        long frameworks = frameworkRows();
        long audit = auditRows();

        JsonNode report = imported("sample-catalog-v1.json", name, "?dry_run=true");

        assertThat(report.get("dry_run").asBoolean()).isTrue();
        assertThat(report.get("created").asBoolean()).isTrue();
        assertThat(report.get("framework_id").isNull()).isTrue();
        assertThat(report.get("added")).hasSize(7);
        assertThat(frameworkRows()).isEqualTo(frameworks);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void importing_the_same_catalog_again_changes_nothing() {
        String name = unique("Again");
        long id = imported("sample-catalog-v1.json", name, "").get("framework_id").asLong();
        List<Instant> before = versions(id);
        long audit = auditRows();

        JsonNode again = imported("sample-catalog-v1.json", name, "");

        assertThat(again.get("framework_id").asLong()).isEqualTo(id);
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(again.get("added")).isEmpty();
        assertThat(again.get("changed")).isEmpty();
        assertThat(again.get("withdrawn")).isEmpty();
        assertThat(again.get("unchanged").asLong()).isEqualTo(7);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(versions(id)).isEqualTo(before);
    }

    @Test
    void a_newer_version_updates_in_place_and_reports_added_changed_and_withdrawn() {
        String name = unique("Versions");
        long id = imported("sample-catalog-v1.json", name, "").get("framework_id").asLong();

        JsonNode newer = imported("sample-catalog-v2.json", name, "");

        assertThat(newer.get("framework_id").asLong()).isEqualTo(id);
        assertThat(newer.get("previous_version").asText()).isEqualTo("1.0");
        assertThat(newer.get("version").asText()).isEqualTo("2.0");
        assertThat(texts(newer.get("added"))).containsExactly("AU-7");
        assertThat(newer.get("changed")).singleElement().satisfies(changed -> {
            assertThat(changed.get("control_id").asText()).isEqualTo("AC-1");
            assertThat(texts(changed.get("fields"))).containsExactly("title");
        });
        assertThat(texts(newer.get("withdrawn"))).containsExactly("AC-2(1)", "AU-6");
        JsonNode framework = admin.get(FRAMEWORKS_PATH + "/" + id).json();
        assertThat(framework.get("version").asText()).isEqualTo("2.0");
        assertThat(framework.get("active_control_count").asLong()).isEqualTo(3);
        assertThat(auditActions(id)).containsExactly("framework.import", "framework.update", "framework.import");
        JsonNode au6 = admin.get(FRAMEWORKS_PATH + "/" + id + "/controls?q=AU-6").json().get("items").get(0);
        assertThat(au6.get("is_active").asBoolean()).isFalse();
    }

    @Test
    void a_malformed_or_truncated_catalog_is_400_and_leaves_the_database_as_it_was() {
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT, catalog("sample-catalog-truncated.json",
                unique("Truncated"))), 400, "unreadable_catalog");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT,
                "{\"catalog\": [1, 2".getBytes(StandardCharsets.UTF_8)), 400, "unreadable_catalog");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT,
                "name,asset_type\nweb,server\n".getBytes(StandardCharsets.UTF_8)), 400, "unreadable_catalog");
        Api.Response refused = CsvUploads.upload(admin, IMPORT, catalog("sample-catalog-truncated.json", "T"));
        assertThat(refused.json().get("detail").asText()).isNotBlank();
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at io.aegis");
    }

    @Test
    void a_malformed_truncated_or_dtd_declaring_xml_catalog_is_400_and_leaves_the_database_as_it_was()
            throws IOException {
        byte[] whole = sp800171(unique("Truncated 800-171"));
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT, Arrays.copyOf(whole, whole.length / 2)), 400,
                "unreadable_catalog");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT, ("<catalog><metadata><title>T</title></metadata>"
                + "<control id=\"c\"><title>C</title></catalog>").getBytes(StandardCharsets.UTF_8)), 400,
                "unreadable_catalog");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT, ("<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><catalog><metadata><title>&x;</title></metadata></catalog>")
                .getBytes(StandardCharsets.UTF_8)), 400, "unreadable_catalog");
        Api.Response refused = CsvUploads.upload(admin, IMPORT, Arrays.copyOf(whole, whole.length / 2));
        assertThat(refused.json().get("detail").asText()).startsWith("The file ends before its XML is complete "
                + "(truncated?) at line ");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at io.aegis")
                .doesNotContain("javax.xml");
    }

    @Test
    void a_duplicate_control_id_is_refused_and_stores_nothing() {
        long frameworks = frameworkRows();
        Api.Response refused = CsvUploads.upload(admin, IMPORT, catalog("sample-catalog-duplicate-id.json",
                unique("Twice")));

        assertThat(refused.status()).as(refused.toString()).isIn(400, 422);
        assertThat(refused.json().get("detail").asText()).contains("AC-1");
        assertThat(frameworkRows()).isEqualTo(frameworks);
    }

    @Test
    void an_import_without_a_file_or_with_an_unknown_parameter_is_400_and_over_the_limit_413() {
        assertRefusedAndUnchanged(() -> admin.post(IMPORT, "{}"), 400, "unreadable_catalog");
        assertRefusedAndUnchanged(() -> admin.send(admin.request(IMPORT).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("AC-1"))), 415, "unsupported_media_type");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT + "?dry_run=maybe",
                catalog("sample-catalog-v1.json", unique("Param"))), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, IMPORT + "?mode=upsert",
                catalog("sample-catalog-v1.json", unique("Param"))), 400, "bad_request");
        // chunked and only just over the limit: the server reads up to 2 MiB past it before it answers
        // (BufferedBodyHandler); a declared length over it would be refused before the client finished sending
        byte[] overLimit = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n\r\n"
                + " ".repeat((int) AegisConfig.DEFAULT_MAX_UPLOAD_BYTES) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        assertRefusedAndUnchanged(() -> admin.send(admin.request(IMPORT)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overLimit)))), 413,
                "content_too_large");
    }

    @Test
    void importing_needs_framework_write_and_reading_framework_read() {
        assertRefusedAndUnchanged(() -> CsvUploads.upload(readOnly, IMPORT, catalog("sample-catalog-v1.json",
                unique("Refused"))), 403, "forbidden");
        assertRefusedAndUnchanged(() -> readOnly.post("/api/v1/catalogs/bundled/nist-csf-2.0/import", ""), 403,
                "forbidden");
        assertThat(readOnly.get(FRAMEWORKS_PATH).status()).isEqualTo(200);
        assertThat(readOnly.get("/api/v1/catalogs/bundled").status()).isEqualTo(200);
        assertThat(anonymous.get(FRAMEWORKS_PATH).status()).isEqualTo(401);
    }

    @Test
    void controls_list_flat_with_search_and_filters_or_as_a_tree() {
        long id = imported("sample-catalog-v1.json", unique("Browse"), "").get("framework_id").asLong();
        String controls = FRAMEWORKS_PATH + "/" + id + "/controls";

        JsonNode flat = readOnly.get(controls).json();
        assertThat(flat.get("total").asLong()).isEqualTo(7);
        assertThat(texts(flat.get("items"))).containsExactly("AC", "AC-1", "AC-2", "AC-2(1)", "AC-13", "AU", "AU-6");
        assertThat(texts(readOnly.get(controls + "?q=account%20management").json().get("items")))
                .containsExactly("AC-2", "AC-2(1)");
        assertThat(texts(readOnly.get(controls + "?q=ac-2").json().get("items"))).containsExactly("AC-2", "AC-2(1)");
        assertThat(texts(readOnly.get(controls + "?is_group=true").json().get("items"))).containsExactly("AC", "AU");
        assertThat(texts(readOnly.get(controls + "?is_active=false").json().get("items"))).containsExactly("AC-13");
        assertThat(texts(readOnly.get(controls + "?control_type=SP800-53-enhancement").json().get("items")))
                .containsExactly("AC-2(1)");
        JsonNode page = readOnly.get(controls + "?sort=-control_id&limit=2&offset=1").json();
        assertThat(texts(page.get("items"))).containsExactly("AU", "AC-2(1)");

        JsonNode tree = readOnly.get(controls + "?view=tree").json();
        assertThat(tree.get("matches").asInt()).isEqualTo(7);
        assertThat(texts(tree.get("items"))).containsExactly("AC", "AU");
        assertThat(texts(tree.get("items").get(0).get("children"))).containsExactly("AC-1", "AC-2", "AC-13");
        JsonNode searched = readOnly.get(controls + "?view=tree&q=automated").json();
        assertThat(searched.get("matches").asInt()).isEqualTo(1);
        assertThat(texts(searched.get("items").get(0).get("children").get(0).get("children")))
                .containsExactly("AC-2(1)");

        assertThat(readOnly.get(controls + "?view=tree&limit=5").status()).isEqualTo(400);
        assertThat(readOnly.get(controls + "?view=list").status()).isEqualTo(400);
        assertThat(readOnly.get(FRAMEWORKS_PATH + "/999999/controls").status()).isEqualTo(404);
    }

    @Test
    void a_control_comes_with_its_texts_parent_children_and_where_it_moved() {
        long id = imported("sample-catalog-v1.json", unique("Detail"), "").get("framework_id").asLong();
        String controls = FRAMEWORKS_PATH + "/" + id + "/controls";
        long ac2 = readOnly.get(controls + "?q=AC-2&limit=1").json().get("items").get(0).get("id").asLong();
        long ac13 = readOnly.get(controls + "?q=AC-13").json().get("items").get(0).get("id").asLong();

        JsonNode control = readOnly.get("/api/v1/controls/" + ac2).json();
        assertThat(control.get("control_id").asText()).isEqualTo("AC-2");
        assertThat(control.get("framework_id").asLong()).isEqualTo(id);
        assertThat(control.get("description").asText()).contains("types of accounts");
        assertThat(control.get("implementation_guidance").asText()).contains("Guidance for AC-2");
        assertThat(control.get("parent").get("control_id").asText()).isEqualTo("AC");
        assertThat(control.get("parent_control_id").asText()).isEqualTo("AC");
        assertThat(texts(control.get("children"))).containsExactly("AC-2(1)");
        JsonNode withdrawn = readOnly.get("/api/v1/controls/" + ac13).json();
        assertThat(withdrawn.get("is_active").asBoolean()).isFalse();
        assertThat(texts(withdrawn.get("moved_to"))).containsExactly("AC-2", "AU-6");
        assertThat(texts(withdrawn.get("moved_to_controls"))).containsExactly("AC-2", "AU-6");
        assertThat(readOnly.get("/api/v1/controls/999999").status()).isEqualTo(404);
    }

    @Test
    void a_baseline_selects_the_controls_it_names_reports_the_others_and_refuses_when_none_match() {
        long id = imported("sample-catalog-v1.json", unique("Baseline"), "").get("framework_id").asLong();
        String baselines = FRAMEWORKS_PATH + "/" + id + "/baselines";

        Api.Response imported = CsvUploads.upload(admin, baselines + "/import", resource("sample-profile-low.json"));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("selected").asInt()).isEqualTo(3);
        assertThat(texts(imported.json().get("unknown_control_ids"))).containsExactly("ZZ-9");
        JsonNode listed = readOnly.get(baselines).json();
        assertThat(listed).singleElement().satisfies(baseline -> {
            assertThat(baseline.get("name").asText()).isEqualTo("SAMPLE LOW");
            assertThat(baseline.get("control_count").asLong()).isEqualTo(3);
        });
        long baseline = listed.get(0).get("id").asLong();
        assertThat(texts(readOnly.get(FRAMEWORKS_PATH + "/" + id + "/controls?baseline_id=" + baseline).json()
                .get("items"))).containsExactly("AC-1", "AC-2", "AC-2(1)");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, baselines + "/import",
                resource("sample-profile-none.json")), 422, "no_baseline_controls");
        assertRefusedAndUnchanged(() -> CsvUploads.upload(admin, FRAMEWORKS_PATH + "/999999/baselines/import",
                resource("sample-profile-low.json")), 404, "not_found");
    }

    @Test
    void the_real_csf_2_uploads_with_its_functions_categories_and_subcategories() {
        Api.Response response = CsvUploads.upload(admin, IMPORT, resource("nist-csf-2.0-catalog.json"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        long id = response.json().get("framework_id").asLong();
        String controls = FRAMEWORKS_PATH + "/" + id + "/controls";

        assertThat(readOnly.get(controls + "?is_group=true").json().get("total").asLong()).isEqualTo(6);
        assertThat(readOnly.get(controls + "?control_type=category").json().get("total").asLong()).isEqualTo(34);
        assertThat(readOnly.get(controls + "?control_type=subcategory").json().get("total").asLong())
                .isEqualTo(185);
        assertThat(texts(readOnly.get(controls + "?view=tree").json().get("items")))
                .containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
    }

    @Test
    void the_whole_800_53_catalog_uploads_as_a_file_within_the_upload_limit() throws IOException {
        byte[] catalog;
        try (InputStream gzipped = FrameworkApiContract.class.getResourceAsStream(
                "/io/aegis/adapters/integrations/catalog/bundled/nist-800-53r5.json.gz");
             InputStream json = new GZIPInputStream(gzipped)) {
            catalog = json.readAllBytes();
        }
        assertThat(catalog.length).as("larger than any other request body may be")
                .isGreaterThan((int) AegisConfig.DEFAULT_MAX_REQUEST_BYTES * 4);
        String name = unique("Uploaded 800-53");
        byte[] renamed = new String(catalog, StandardCharsets.UTF_8).replaceFirst(Pattern.quote(SP_800_53_TITLE), name)
                .getBytes(StandardCharsets.UTF_8);

        Api.Response response = CsvUploads.upload(admin, IMPORT, renamed);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode framework = readOnly.get(FRAMEWORKS_PATH + "/" + response.json().get("framework_id").asLong()).json();
        assertThat(framework.get("name").asText()).isEqualTo(name);
        assertThat(framework.get("control_count").asLong()).isEqualTo(1189);
    }

    @Test
    void an_xml_catalog_uploads_as_a_file() throws IOException {
        String name = unique("Uploaded 800-171");

        Api.Response uploaded = CsvUploads.upload(admin, IMPORT, sp800171(name));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("created").asBoolean()).isTrue();
        JsonNode framework = readOnly.get(FRAMEWORKS_PATH + "/" + uploaded.json().get("framework_id").asLong()).json();
        assertThat(framework.get("name").asText()).isEqualTo(name);
        assertThat(framework.get("version").asText()).isEqualTo("1.0.0");
        assertThat(framework.get("control_count").asLong()).isEqualTo(227);
        assertThat(framework.get("active_control_count").asLong()).isEqualTo(194);
    }

    @Test
    void the_bundled_800_171_imports_from_its_xml_with_17_families_and_its_withdrawn_requirements_inactive() {
        List<String> keys = new ArrayList<>();
        readOnly.get("/api/v1/catalogs/bundled").json().forEach(catalog -> keys.add(catalog.get("key").asText()));
        assertThat(keys).contains("nist-800-171r3");

        Api.Response imported = admin.post("/api/v1/catalogs/bundled/nist-800-171r3/import", "");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long id = imported.json().get("catalog").get("framework_id").asLong();
        JsonNode framework = readOnly.get(FRAMEWORKS_PATH + "/" + id).json();
        assertThat(framework.get("control_count").asLong()).isEqualTo(227);
        assertThat(framework.get("active_control_count").asLong()).isEqualTo(194);
        assertThat(framework.get("group_count").asLong()).isEqualTo(17);
        String controls = FRAMEWORKS_PATH + "/" + id + "/controls";
        assertThat(readOnly.get(controls + "?is_active=false&is_group=false").json().get("total").asLong())
                .isEqualTo(33);
        JsonNode withdrawn = readOnly.get(controls + "?q=03.01.14&is_active=false").json().get("items").get(0);
        assertThat(withdrawn.get("control_id").asText()).isEqualTo("03.01.14");
        assertThat(withdrawn.get("is_active").asBoolean()).isFalse();
        assertThat(texts(readOnly.get("/api/v1/controls/" + withdrawn.get("id").asLong()).json().get("moved_to")))
                .containsExactly("03.01.12");

        long audit = auditRows();
        JsonNode again = admin.post("/api/v1/catalogs/bundled/nist-800-171r3/import", "").json();
        assertThat(again.get("catalog").get("created").asBoolean()).isFalse();
        assertThat(again.get("catalog").get("added")).isEmpty();
        assertThat(again.get("catalog").get("changed")).isEmpty();
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void the_bundled_asvs_imports_and_its_dry_run_first_stores_nothing() {
        long frameworks = frameworkRows();
        JsonNode dry = admin.post("/api/v1/catalogs/bundled/owasp-asvs-5.0/import?dry_run=true", "").json();
        assertThat(dry.get("catalog").get("dry_run").asBoolean()).isTrue();
        assertThat(frameworkRows()).isEqualTo(frameworks);

        Api.Response imported = admin.post("/api/v1/catalogs/bundled/owasp-asvs-5.0/import", "");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("catalog").get("added")).hasSameSizeAs(dry.get("catalog").get("added"));
        long id = imported.json().get("catalog").get("framework_id").asLong();
        assertThat(readOnly.get(FRAMEWORKS_PATH + "/" + id).json().get("control_count").asLong()).isPositive();
    }

    @Test
    void the_bundled_800_53_imports_with_its_baselines_and_counts_and_again_changes_nothing() {
        List<String> keys = new ArrayList<>();
        readOnly.get("/api/v1/catalogs/bundled").json().forEach(catalog -> keys.add(catalog.get("key").asText()));
        assertThat(keys).contains("nist-800-53r5", "nist-csf-2.0", "owasp-asvs-5.0");

        Api.Response imported = admin.post("/api/v1/catalogs/bundled/nist-800-53r5/import", "");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long id = imported.json().get("catalog").get("framework_id").asLong();
        assertThat(imported.json().get("baselines")).hasSize(4);
        JsonNode framework = readOnly.get(FRAMEWORKS_PATH + "/" + id).json();
        assertThat(framework.get("control_count").asLong()).isEqualTo(1189);
        assertThat(framework.get("active_control_count").asLong()).isEqualTo(1007);
        assertThat(framework.get("group_count").asLong()).isEqualTo(20);
        assertThat(readOnly.get(FRAMEWORKS_PATH + "/" + id + "/baselines").json()).hasSize(4);

        long audit = auditRows();
        JsonNode again = admin.post("/api/v1/catalogs/bundled/nist-800-53r5/import", "").json();
        assertThat(again.get("catalog").get("created").asBoolean()).isFalse();
        assertThat(again.get("catalog").get("added")).isEmpty();
        assertThat(again.get("catalog").get("changed")).isEmpty();
        assertThat(again.get("catalog").get("withdrawn")).isEmpty();
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(admin.post("/api/v1/catalogs/bundled/no-such-catalog/import", "").status()).isEqualTo(404);
    }

}
