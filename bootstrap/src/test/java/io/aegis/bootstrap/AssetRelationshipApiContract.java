package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static io.aegis.bootstrap.AssetApiContract.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1/asset-relationships} and {@code /assets/{id}/relationships} over real HTTP, on each database. */
abstract class AssetRelationshipApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/asset-relationships";

    @Test
    void create_answers_201_and_the_edge_reads_back_from_both_ends() {
        long app = asset();
        long db = asset();

        Api.Response created = relate(app, db, "depends_on", true);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("source_asset_id").asLong()).isEqualTo(app);
        assertThat(body.get("is_critical_dependency").asBoolean()).isTrue();
        assertThat(created.header("Location")).contains(PATH + "/" + body.get("id").asLong());
        // a read names both assets; the answer to the write leaves the names null
        JsonNode read = admin.get(PATH + "/" + body.get("id").asLong()).json();
        assertThat(read.get("source_asset_name").isNull()).isFalse();
        JsonNode unnamed = ((ObjectNode) read).without(List.of("source_asset_name", "target_asset_name"));
        assertThat(unnamed).isEqualTo(((ObjectNode) body.deepCopy()).without(List.of("source_asset_name",
                "target_asset_name")));
        assertThat(admin.get("/api/v1/assets/" + app + "/relationships?direction=outgoing").json().get("total")
                .asLong()).isOne();
        assertThat(admin.get("/api/v1/assets/" + db + "/relationships?direction=outgoing").json().get("total")
                .asLong()).isZero();
        assertThat(admin.get("/api/v1/assets/" + db + "/relationships?relationship_type=depends_on").json()
                .get("total").asLong()).isOne();
        assertThat(admin.get(PATH + "?source_asset_id=" + app + "&is_critical_dependency=true").json().get("total")
                .asLong()).isOne();
    }

    @Test
    void self_edges_are_422_duplicates_409_and_unknown_or_deleted_assets_422() {
        long app = asset();
        long db = asset();
        relate(app, db, "depends_on", false);
        long deleted = asset();
        admin.delete("/api/v1/assets/" + deleted);

        assertThat(assertUnchangedBy(() -> relate(app, app, "depends_on", false), 422).json().get("code").asText())
                .isEqualTo("self_relationship");
        assertThat(assertUnchangedBy(() -> relate(app, db, "depends_on", true), 409).json().get("code").asText())
                .isEqualTo("duplicate_relationship");
        assertThat(assertUnchangedBy(() -> relate(app, 999_999, "depends_on", false), 422).json().get("code")
                .asText()).isEqualTo("unknown_asset");
        assertThat(assertUnchangedBy(() -> relate(deleted, db, "hosts", false), 422).json().get("code").asText())
                .isEqualTo("inactive_asset");
        assertThat(relate(app, db, "connects_to", false).status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"target_asset_id\": 1, \"relationship_type\": \"depends_on\"}",
        "{\"source_asset_id\": 1, \"target_asset_id\": 2, \"relationship_type\": \"needs\"}",
        "{\"source_asset_id\": \"1\", \"target_asset_id\": 2, \"relationship_type\": \"depends_on\"}",
        "{\"source_asset_id\": 1, \"target_asset_id\": 2, \"relationship_type\": \"depends_on\", \"x\": 1}",
        "{\"source_asset_id\": 1, \"target_asset_id\": 2, \"relationship_type\": \"depends_on\","
                + " \"is_critical_dependency\": \"yes\"}",
    })
    void malformed_creates_are_400(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void patch_and_delete_are_audited_and_unknown_ids_are_404() {
        long app = asset();
        long db = asset();
        long id = relate(app, db, "runs_on", false).json().get("id").asLong();
        long audits = auditRows();

        Api.Response patched = admin.patch(PATH + "/" + id, "{\"description\": \"vm\", \"is_critical_dependency\": true}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("description").asText()).isEqualTo("vm");
        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);

        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("asset_relationship"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("asset_relationship.create", "asset_relationship.update", "asset_relationship.delete");
        assertThat(auditRows() - audits).isEqualTo(2);
        assertUnchangedBy(() -> admin.delete(PATH + "/" + id), 404);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"description\": null}"), 404);
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"relationship_type\": \"hosts\"}"), 400);
        assertProblem(admin.get("/api/v1/assets/999999/relationships"), 404);
        assertProblem(admin.get("/api/v1/assets/" + app + "/relationships?direction=up"), 400);
    }

    private Api.Response relate(long source, long target, String type, boolean critical) {
        return admin.post(PATH, "{\"source_asset_id\": " + source + ", \"target_asset_id\": " + target
                + ", \"relationship_type\": \"" + type + "\", \"is_critical_dependency\": " + critical + "}");
    }

    private long asset() {
        Api.Response created = admin.post("/api/v1/assets", "{\"name\": \"" + unique("rel") + "\","
                + " \"asset_type\": \"server\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long relationships = probe.dsl().fetchCount(ASSET_RELATIONSHIPS);
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(ASSET_RELATIONSHIPS)).as("relationships").isEqualTo(relationships);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }
}
