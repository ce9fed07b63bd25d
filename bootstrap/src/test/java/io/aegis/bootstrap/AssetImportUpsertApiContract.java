package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.bootstrap.CsvUploads.fields;
import static io.aegis.bootstrap.CsvUploads.resource;
import static io.aegis.bootstrap.CsvUploads.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.adapters.persistence.jooq.tables.Assets;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record2;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV round trips (issue #11, point 2): {@code POST /assets/import?mode=upsert} updates the assets a file's rows
 * match, by {@code id} or else by name and asset type, so that export, edit and import updates instead of
 * duplicating; {@code mode=create} (the default) refuses such rows; categories and owners may be named by name.
 * The files are real ones: written by the export, or kept under {@code src/test/resources/csv}.
 */
abstract class AssetImportUpsertApiContract extends RunningAegisContract {

    private static final String ASSETS = "/api/v1/assets";
    private static final Assets ASSET_ROWS = Assets.ASSETS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void export_edit_and_import_with_upsert_updates_the_same_assets(@TempDir Path folder) throws IOException {
        String tag = unique("round trip");
        long web = create(tag + " web", "server");
        long db = create(tag + " db", "database");
        Path file = folder.resolve("assets.csv");
        Api.Response export = admin.get(ASSETS + "/export?sort=name&q=" + encoded(tag));
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        Files.writeString(file, export.body(), StandardCharsets.UTF_8);

        // what a person does in a spreadsheet: change a cell of each row, save
        Files.writeString(file, Files.readString(file).replace(",medium,", ",critical,"), StandardCharsets.UTF_8);
        Api.Response imported = upload(Files.readAllBytes(file), "?mode=upsert");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("refused").asInt()).isZero();
        assertThat(statuses(report)).containsExactly("updated", "updated");
        assertThat(ids(report)).containsExactly(db, web);
        JsonNode listed = admin.get(ASSETS + "?q=" + encoded(tag)).json();
        assertThat(listed.get("total").asInt()).isEqualTo(2);
        listed.get("items").forEach(asset -> assertThat(asset.get("criticality").asText()).isEqualTo("critical"));
        assertThat(actions(web)).containsExactly("asset.create", "asset.import");
    }

    @Test
    void the_same_file_imported_with_create_is_refused_row_by_row_as_duplicates() {
        String tag = unique("create twice");
        long web = create(tag + " web", "server");
        String exported = admin.get(ASSETS + "/export?q=" + encoded(tag)).body();

        Api.Response refused = upload(exported.getBytes(StandardCharsets.UTF_8), "?all_or_nothing=true");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("rows").get(0).get("errors").get(0).get("field").asText())
                .isEqualTo("duplicate_asset");
        assertThat(admin.get(ASSETS + "?q=" + encoded(tag)).json().get("total").asInt()).isEqualTo(1);
        assertThat(actions(web)).containsExactly("asset.create");
    }

    @Test
    void upsert_matches_by_name_and_asset_type_and_creates_what_matches_nothing() {
        long host = create("upsert-host", "server");

        Api.Response imported = upload(resource("assets-upsert-by-name.csv"), "?mode=upsert");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(statuses(report)).containsExactly("updated", "created", "created");
        assertThat(report.get("rows").get(0).get("id").asLong()).isEqualTo(host);
        JsonNode updated = admin.get(ASSETS + "/" + host).json();
        assertThat(updated.get("criticality").asText()).isEqualTo("critical");
        assertThat(updated.get("location").asText()).isEqualTo("Frankfurt");
        assertThat(admin.get(ASSETS + "?name=upsert-host").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void upsert_refuses_an_id_that_names_no_readable_asset_and_two_rows_of_one_asset() {
        long twice = create(unique("twice"), "server");
        String csv = "id,name,asset_type\r\n999999,ghost,server\r\n" + twice + ",twice a,server\r\n" + twice
                + ",twice b,server\r\n";

        Api.Response imported = upload(csv.getBytes(StandardCharsets.UTF_8), "?mode=upsert");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(statuses(imported.json())).containsExactly("refused", "updated", "refused");
        assertThat(fields(imported.json().get("rows").get(0))).containsExactly("unknown_asset");
        assertThat(fields(imported.json().get("rows").get(2))).containsExactly("duplicate_row");
        assertThat(admin.get(ASSETS + "/" + twice).json().get("name").asText()).isEqualTo("twice a");
    }

    @Test
    void categories_and_owners_are_taken_by_name_and_an_unknown_one_is_a_row_error() {
        Api.Response category = admin.post("/api/v1/asset-categories", "{\"name\": \"Imported Servers\"}");
        assertThat(category.status()).as(category.body()).isEqualTo(201);
        long categoryId = category.json().get("id").asLong();
        long adminId = admin.get("/api/v1/me").json().get("id").asLong();

        Api.Response imported = upload(resource("assets-named-references.csv"), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode rows = imported.json().get("rows");
        assertThat(statuses(imported.json())).containsExactly("created", "created", "refused", "refused");
        assertThat(fields(rows.get(2))).containsExactly("unknown_category");
        assertThat(fields(rows.get(3))).containsExactly("unknown_owner");
        for (int row = 0; row < 2; row++) {
            JsonNode asset = admin.get(ASSETS + "/" + rows.get(row).get("id").asLong()).json();
            assertThat(asset.get("category_id").asLong()).isEqualTo(categoryId);
            assertThat(asset.get("owner_id").asLong()).isEqualTo(adminId);
        }
    }

    @Test
    void a_category_named_both_ways_must_be_one_category() {
        Api.Response category = admin.post("/api/v1/asset-categories", "{\"name\": \"" + unique("Mismatch") + "\"}");
        long other = admin.post("/api/v1/asset-categories", "{\"name\": \"" + unique("Other") + "\"}").json()
                .get("id").asLong();
        String csv = "name,asset_type,category,category_id\r\n" + unique("mismatched") + ",server,"
                + category.json().get("name").asText() + "," + other + "\r\n";

        Api.Response imported = upload(csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(fields(imported.json().get("rows").get(0))).containsExactly("category_mismatch");
    }

    /** More rows than are stored at once (500): each chunk's ids must go back to their own rows and audit entries. */
    @Test
    void every_row_of_a_long_file_is_its_own_asset_with_its_own_audit_entry_and_the_chain_verifies()
            throws IOException {
        String tag = unique("many");
        long existing = create(tag + " 7", "database");
        int count = 1_203;
        StringBuilder csv = new StringBuilder("name,asset_type,hostname\r\n");
        for (int i = 0; i < count; i++) {
            csv.append(tag).append(' ').append(i).append(i % 2 == 0 ? ",server" : ",database").append(",host-")
                    .append(i).append(".example.org\r\n");
        }

        Api.Response imported = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "?mode=upsert");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode rows = imported.json().get("rows");
        List<Long> ids = ids(imported.json());
        assertThat(ids).hasSize(count).doesNotHaveDuplicates().contains(existing);
        Map<Long, Record3<String, String, String>> stored = probe.dsl()
                .select(ASSET_ROWS.ID, ASSET_ROWS.NAME, ASSET_ROWS.ASSET_TYPE, ASSET_ROWS.HOSTNAME).from(ASSET_ROWS)
                .where(ASSET_ROWS.NAME.startsWith(tag + " "))
                .fetchMap(record -> (long) record.get(ASSET_ROWS.ID), record -> record.into(ASSET_ROWS.NAME,
                        ASSET_ROWS.ASSET_TYPE, ASSET_ROWS.HOSTNAME));
        // one entry per asset: a second entry for one id makes toMap throw
        Map<Long, String> audited = probe.dsl().select(AUDIT_LOGS.RESOURCE_ID, AUDIT_LOGS.NEW_VALUES).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.ACTION.eq("asset.import"), AUDIT_LOGS.RESOURCE_ID.in(ids.stream()
                        .map(Long::intValue).toList()))
                .fetch().stream().collect(Collectors.toMap(entry -> (long) entry.value1(), Record2::value2));
        assertThat(stored).hasSize(count);
        assertThat(audited).hasSize(count);
        for (int i = 0; i < count; i++) {
            long id = ids.get(i);
            assertThat(rows.get(i).get("status").asText()).isEqualTo(i == 7 ? "updated" : "created");
            assertThat(stored.get(id).value1()).isEqualTo(tag + " " + i);
            assertThat(stored.get(id).value2()).isEqualTo(i % 2 == 0 ? "server" : "database");
            assertThat(stored.get(id).value3()).isEqualTo("host-" + i + ".example.org");
            JsonNode after = JSON.readTree(audited.get(id));
            assertThat(after.get("id").asLong()).isEqualTo(id);
            assertThat(after.get("hostname").asText()).isEqualTo("host-" + i + ".example.org");
        }
        aegis.sealAuditTrail();
        JsonNode verified = admin.get("/api/v1/audit-logs/verify").json();
        assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void an_unknown_mode_is_400() {
        Api.Response refused = upload("name,asset_type\r\nx,server\r\n".getBytes(StandardCharsets.UTF_8),
                "?mode=merge");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("mode");
    }

    private Api.Response upload(byte[] csv, String query) {
        return CsvUploads.upload(admin, ASSETS + "/import" + query, csv);
    }

    private long create(String name, String type) {
        Api.Response created = admin.post(ASSETS, "{\"name\": \"" + name + "\", \"asset_type\": \"" + type + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private List<String> actions(long asset) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("asset"), AUDIT_LOGS.RESOURCE_ID.eq((int) asset))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    private static List<Long> ids(JsonNode report) {
        List<Long> ids = new ArrayList<>();
        report.get("rows").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
