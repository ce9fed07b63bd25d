package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.bootstrap.CsvUploads.fields;
import static io.aegis.bootstrap.CsvUploads.resource;
import static io.aegis.bootstrap.CsvUploads.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asset dependencies as a CSV of their own (issue #11, point 3): {@code GET /asset-relationships/export} writes each
 * end by id and by name and asset type, {@code POST /asset-relationships/import} reads either, under the rules of
 * {@code POST /asset-relationships}, one audit entry per relationship.
 */
abstract class AssetRelationshipFileApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/asset-relationships";

    @Test
    void an_exported_file_imports_back_as_the_same_relationships(@TempDir Path folder) throws IOException {
        long web = asset("file-web", "application");
        long db = asset("file-db", "database");
        Api.Response created = admin.post(PATH, "{\"source_asset_id\": " + web + ", \"target_asset_id\": " + db
                + ", \"relationship_type\": \"depends_on\", \"is_critical_dependency\": true,"
                + " \"description\": \"=orders\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response export = admin.get(PATH + "/export?source_asset_id=" + web);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).isEqualTo("source_asset_id,source_name,source_asset_type,relationship_type,"
                + "target_asset_id,target_name,target_asset_type,is_critical_dependency,description\r\n"
                + web + ",file-web,application,depends_on," + db + ",file-db,database,true,'=orders\r\n");
        Path file = folder.resolve("relationships.csv");
        Files.writeString(file, export.body(), StandardCharsets.UTF_8);
        assertThat(admin.delete(PATH + "/" + created.json().get("id").asLong()).status()).isEqualTo(204);

        Api.Response imported = upload(Files.readAllBytes(file), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(statuses(imported.json())).containsExactly("created");
        JsonNode again = admin.get(PATH + "/" + imported.json().get("rows").get(0).get("id").asLong()).json();
        assertThat(again.get("source_asset_id").asLong()).isEqualTo(web);
        assertThat(again.get("target_asset_id").asLong()).isEqualTo(db);
        assertThat(again.get("is_critical_dependency").asBoolean()).isTrue();
        assertThat(again.get("description").asText()).isEqualTo("=orders");
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.eq("asset_relationship.import")
                .and(AUDIT_LOGS.RESOURCE_ID.eq(again.get("id").asInt())))).isEqualTo(1);
    }

    @Test
    void ends_named_by_name_and_type_are_found_and_each_refusal_is_a_row_error() {
        long app = asset("rel-app", "application");
        long db = asset("rel-db", "database");
        asset("rel-cdn", "cloud_service");
        asset("rel-db", "server");

        Api.Response imported = upload(resource("asset-relationships-by-name.csv"), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(statuses(report)).containsExactly("created", "created", "refused", "refused");
        assertThat(fields(report.get("rows").get(2))).containsExactly("unknown_asset");
        assertThat(fields(report.get("rows").get(3))).containsExactly("self_relationship");
        JsonNode first = admin.get(PATH + "/" + report.get("rows").get(0).get("id").asLong()).json();
        assertThat(first.get("source_asset_id").asLong()).isEqualTo(app);
        assertThat(first.get("target_asset_id").asLong()).isEqualTo(db);
        assertThat(first.get("description").asText()).isEqualTo("primary store");

        Api.Response twice = upload(resource("asset-relationships-by-name.csv"), "?all_or_nothing=true");

        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
        assertThat(fields(twice.json().get("rows").get(0))).containsExactly("duplicate_relationship");
    }

    @Test
    void a_malformed_file_or_parameter_is_400() {
        assertThat(upload("relationship_type,colour\r\ndepends_on,red\r\n".getBytes(StandardCharsets.UTF_8), "")
                .status()).isEqualTo(400);
        assertThat(upload("source_name\r\nx\r\n".getBytes(StandardCharsets.UTF_8), "").status()).isEqualTo(400);
        assertThat(upload("relationship_type\r\ndepends_on\r\n".getBytes(StandardCharsets.UTF_8), "?mode=upsert")
                .status()).isEqualTo(400);
        assertThat(admin.get(PATH + "/export?format=xlsx").status()).isEqualTo(400);
        assertThat(admin.get(PATH + "/export?limit=5").status()).isEqualTo(400);
    }

    @Test
    void a_row_without_a_usable_end_names_the_missing_column() {
        Api.Response imported = upload(("source_asset_id,source_name,relationship_type,target_asset_id\r\n"
                + ",lonely,depends_on,01\r\n").getBytes(StandardCharsets.UTF_8), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(fields(imported.json().get("rows").get(0))).containsExactly("source_asset_id", "target_asset_id");
    }

    private Api.Response upload(byte[] csv, String query) {
        return CsvUploads.upload(admin, PATH + "/import" + query, csv);
    }

    private long asset(String name, String type) {
        Api.Response created = admin.post("/api/v1/assets", "{\"name\": \"" + name + "\", \"asset_type\": \"" + type
                + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

}
