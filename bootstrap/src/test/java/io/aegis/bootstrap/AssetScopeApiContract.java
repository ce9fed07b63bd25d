package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static io.aegis.bootstrap.AssetApiContract.encoded;
import static io.aegis.bootstrap.AssetApiContract.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scope rule of issue #17 for assets and their relationships, over real HTTP on each database: the analyst of
 * unit A never learns of unit B's assets (404 and empty lists, as for rows that do not exist), cannot place or move
 * anything into B, and cannot relate A's assets to B's; the administrator of the whole organisation sees both.
 */
abstract class AssetScopeApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/assets";
    private static final String RELATIONSHIPS = "/api/v1/asset-relationships";

    private UnitActors actors;
    private Api analystOfA;

    @BeforeAll
    void makeTheUnitActors() {
        actors = UnitActors.create(anonymous, admin);
        analystOfA = actors.analystOfA();
    }

    @Test
    void the_analyst_of_a_never_sees_bs_asset_in_a_read_a_list_or_an_export() {
        String tag = unique("scoped");
        long ofA = create(admin, tag + " a", actors.unitA());
        long ofB = create(admin, tag + " b", actors.unitB());

        assertThat(analystOfA.get(PATH + "/" + ofA).json().get("org_unit_id").asLong()).isEqualTo(actors.unitA());
        assertProblem(analystOfA.get(PATH + "/" + ofB), 404);
        JsonNode list = analystOfA.get(PATH + "?q=" + encoded(tag)).json();
        assertThat(list.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(ofA);
        assertThat(list.get("total").asLong()).isOne();
        assertThat(analystOfA.get(PATH + "?org_unit_id=" + actors.unitB()).json().get("total").asLong()).isZero();
        String export = analystOfA.get(PATH + "/export?format=csv&q=" + encoded(tag)).body();
        assertThat(export).contains(tag + " a").doesNotContain(tag + " b");

        JsonNode all = admin.get(PATH + "?q=" + encoded(tag)).json();
        assertThat(all.get("items")).extracting(item -> item.get("id").asLong()).containsExactlyInAnyOrder(ofA, ofB);
        assertThat(admin.get(PATH + "/export?format=csv&q=" + encoded(tag)).body()).contains(tag + " b");
    }

    @Test
    void an_asset_the_root_recorded_is_the_administrators_and_not_the_analysts() {
        long ofRoot = create(admin, unique("root's"), null);

        assertThat(admin.get(PATH + "/" + ofRoot).json().get("org_unit_id").asLong()).isOne();
        assertProblem(analystOfA.get(PATH + "/" + ofRoot), 404);
    }

    @Test
    void the_analyst_creates_in_its_own_unit_and_naming_b_is_unknown_org_unit() {
        Api.Response created = analystOfA.post(PATH, bare(unique("mine"), null));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("org_unit_id").asLong()).isEqualTo(actors.unitA());
        assertThat(code(assertUnchangedBy(() -> analystOfA.post(PATH, bare(unique("theirs"), actors.unitB())), 422)))
                .isEqualTo("unknown_org_unit");
    }

    @Test
    void the_analyst_cannot_move_its_asset_to_b_nor_change_bs_and_the_administrator_may_move_both_ways() {
        long ofA = create(analystOfA, unique("moving"), null);
        long ofB = create(admin, unique("staying"), actors.unitB());

        assertThat(code(assertUnchangedBy(() -> analystOfA.patch(PATH + "/" + ofA,
                "{\"org_unit_id\": " + actors.unitB() + "}"), 422))).isEqualTo("unknown_org_unit");
        assertUnchangedBy(() -> analystOfA.patch(PATH + "/" + ofB, "{\"location\": \"here\"}"), 404);
        assertUnchangedBy(() -> analystOfA.delete(PATH + "/" + ofB), 404);

        Api.Response moved = admin.patch(PATH + "/" + ofA, "{\"org_unit_id\": " + actors.unitB() + "}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("org_unit_id").asLong()).isEqualTo(actors.unitB());
        assertProblem(analystOfA.get(PATH + "/" + ofA), 404);
        assertThat(actors.analystOfB().get(PATH + "/" + ofA).status()).isEqualTo(200);
    }

    @Test
    void an_import_row_naming_b_is_refused_as_a_row_naming_an_unknown_unit() {
        String tag = unique("imported");

        Api.Response response = analystOfA.send(analystOfA.request(PATH + "/import")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(multipart("name,asset_type,org_unit_id\r\n"
                        + tag + " here,server,\r\n" + tag + " there,server," + actors.unitB() + "\r\n"
                        + tag + " nowhere,server,999999\r\n"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        assertThat(rows).extracting(row -> row.get("status").asText()).containsExactly("created", "refused", "refused");
        assertThat(List.of(rows.get(1), rows.get(2))).extracting(row -> row.get("errors").get(0).get("field").asText())
                .containsOnly("unknown_org_unit");
        assertThat(analystOfA.get(PATH + "/" + rows.get(0).get("id").asLong()).json().get("org_unit_id").asLong())
                .isEqualTo(actors.unitA());
        assertThat(admin.get(PATH + "?q=" + encoded(tag)).json().get("total").asLong()).isOne();
    }

    @Test
    void a_relationship_to_bs_asset_is_refused_as_unknown_and_one_across_units_is_hidden_from_the_analyst() {
        long a1 = create(analystOfA, unique("a1"), null);
        long a2 = create(analystOfA, unique("a2"), null);
        long b1 = create(admin, unique("b1"), actors.unitB());

        assertThat(code(assertUnchangedBy(() -> analystOfA.post(RELATIONSHIPS, edge(a1, b1)), 422)))
                .isEqualTo("unknown_asset");
        assertThat(code(assertUnchangedBy(() -> analystOfA.post(RELATIONSHIPS, edge(b1, a1)), 422)))
                .isEqualTo("unknown_asset");
        long inA = id(analystOfA.post(RELATIONSHIPS, edge(a1, a2)));
        long across = id(admin.post(RELATIONSHIPS, edge(a1, b1)));

        assertProblem(analystOfA.get(RELATIONSHIPS + "/" + across), 404);
        assertUnchangedBy(() -> analystOfA.patch(RELATIONSHIPS + "/" + across, "{\"description\": \"x\"}"), 404);
        assertUnchangedBy(() -> analystOfA.delete(RELATIONSHIPS + "/" + across), 404);
        JsonNode ofA1 = analystOfA.get(PATH + "/" + a1 + "/relationships").json();
        assertThat(ofA1.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(inA);
        assertThat(ofA1.get("total").asLong()).isOne();
        assertThat(analystOfA.get(RELATIONSHIPS + "?source_asset_id=" + a1).json().get("total").asLong()).isOne();
        assertProblem(analystOfA.get(PATH + "/" + b1 + "/relationships"), 404);
        assertThat(admin.get(PATH + "/" + a1 + "/relationships").json().get("total").asLong()).isEqualTo(2);
        assertThat(admin.get(RELATIONSHIPS + "/" + across).status()).isEqualTo(200);
    }

    @Test
    void categories_are_read_by_an_analyst_of_one_unit_and_changed_only_for_the_whole_organisation() {
        long category = id(admin.post("/api/v1/asset-categories", "{\"name\": \"" + unique("Shared") + "\"}"));

        assertThat(analystOfA.get("/api/v1/asset-categories/" + category).status()).isEqualTo(200);
        assertThat(analystOfA.get("/api/v1/asset-categories").status()).isEqualTo(200);
        assertProblem(analystOfA.post("/api/v1/asset-categories", "{\"name\": \"" + unique("Mine") + "\"}"), 403);
    }

    private static long create(Api client, String name, Long unit) {
        return id(client.post(PATH, bare(name, unit)));
    }

    private static String bare(String name, Long unit) {
        return "{\"name\": \"" + name + "\", \"asset_type\": \"server\""
                + (unit == null ? "" : ", \"org_unit_id\": " + unit) + "}";
    }

    private static String edge(long source, long target) {
        return "{\"source_asset_id\": " + source + ", \"target_asset_id\": " + target
                + ", \"relationship_type\": \"depends_on\"}";
    }

    private static String multipart(String csv) {
        return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"assets.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--b--\r\n";
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String code(Api.Response problem) {
        return problem.json().get("code").asText();
    }

    /** A refusal that is not a 403 leaves no trace: no asset or relationship changed, no audit row. */
    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        List<Object> before = state();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(state()).isEqualTo(before);
        return response;
    }

    private List<Object> state() {
        return List.of(probe.dsl().fetchCount(ASSETS), probe.dsl().fetchCount(ASSET_RELATIONSHIPS),
                probe.dsl().fetchCount(AUDIT_LOGS), String.valueOf(probe.dsl().select(DSL.max(ASSETS.UPDATED_AT))
                        .from(ASSETS).fetchOne(0, String.class)));
    }
}
