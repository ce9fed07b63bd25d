package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Assets do not silently disappear from under their risks (issue #11): {@code DELETE /assets/{id}} and
 * {@code POST /assets/bulk-deactivations} refuse an asset that carries open risks unless the request reassigns or
 * closes them, all or nothing, one audit entry per risk and per asset; {@code PATCH is_active} restores an asset.
 */
abstract class AssetDeactivationApiContract extends RunningAegisContract {

    private static final String ASSETS = "/api/v1/assets";

    @Test
    void an_asset_carrying_open_risks_is_refused_with_409_naming_them_and_stays_active() {
        long asset = asset("carrier");
        long open = risk("open on carrier", asset);
        long closed = risk("closed on carrier", asset);
        moveThrough(closed, "assessed", "mitigating", "monitoring", "closed");

        Api.Response refused = admin.delete(ASSETS + "/" + asset);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asText()).isEqualTo("asset_has_open_risks");
        assertThat(problem.get("asset_id").asLong()).isEqualTo(asset);
        assertThat(problem.get("open_risk_count").asLong()).isEqualTo(1);
        assertThat(problem.get("open_risks").get(0).get("id").asLong()).isEqualTo(open);
        assertThat(problem.get("open_risks").get(0).get("title").asText()).isEqualTo("open on carrier");
        assertThat(active(asset)).isTrue();
    }

    @Test
    void an_asset_whose_risks_are_all_closed_is_deactivated_as_before() {
        long asset = asset("quiet");
        moveThrough(risk("done", asset), "assessed", "mitigating", "monitoring", "closed");

        assertThat(admin.delete(ASSETS + "/" + asset).status()).isEqualTo(204);
        assertThat(active(asset)).isFalse();
    }

    @Test
    void reassigning_moves_each_open_risk_to_the_other_asset_with_an_audit_entry_each() {
        long asset = asset("retiring");
        long successor = asset("successor");
        long first = risk("first", asset);
        long second = risk("second", asset);

        Api.Response deleted = admin.delete(ASSETS + "/" + asset + "?open_risks=reassign&reassign_to=" + successor);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(active(asset)).isFalse();
        for (long risk : List.of(first, second)) {
            assertThat(admin.get("/api/v1/risks/" + risk).json().get("asset_id").asLong()).isEqualTo(successor);
            assertThat(actions("risk", risk)).containsExactly("risk.create", "risk.update");
        }
        assertThat(actions("asset", asset)).containsExactly("asset.create", "asset.deactivate");
    }

    @Test
    void reassigning_to_an_inactive_asset_is_422_and_changes_nothing() {
        long asset = asset("keeps its risk");
        long gone = asset("already gone");
        assertThat(admin.delete(ASSETS + "/" + gone).status()).isEqualTo(204);
        long risk = risk("stays put", asset);

        Api.Response refused = admin.delete(ASSETS + "/" + asset + "?open_risks=reassign&reassign_to=" + gone);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("unknown_asset");
        assertThat(active(asset)).isTrue();
        assertThat(admin.get("/api/v1/risks/" + risk).json().get("asset_id").asLong()).isEqualTo(asset);
    }

    @Test
    void reassigning_to_an_asset_the_caller_may_read_but_not_change_is_422_and_changes_nothing() {
        UnitActors actors = UnitActors.create(anonymous, admin);
        String username = unique("reads-all").replace(' ', '-');
        long user = id(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"email\": \"" + username
                + "@example.com\", \"password\": \"" + UnitActors.ANALYST_PASSWORD
                + "\", \"must_change_password\": false}"));
        Api.Response assigned = admin.put("/api/v1/users/" + user + "/role-assignments", "[{\"role_id\": 3,"
                + " \"org_unit_id\": 1, \"recursive\": true}, {\"role_id\": " + actors.role() + ", \"org_unit_id\": "
                + actors.unitA() + ", \"recursive\": true}]");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        Api readsAllWritesA = anonymous.loggedInAs(username, UnitActors.ANALYST_PASSWORD);
        long retiring = id(readsAllWritesA.post(ASSETS, "{\"name\": \"" + unique("in A")
                + "\", \"asset_type\": \"server\"}"));
        long ofB = id(actors.analystOfB().post(ASSETS, "{\"name\": \"" + unique("in B")
                + "\", \"asset_type\": \"server\"}"));
        long risk = id(readsAllWritesA.post("/api/v1/risks", "{\"title\": \"stays\", \"category\": \"technical\","
                + " \"asset_id\": " + retiring + ", \"inherent_likelihood\": 2, \"inherent_impact\": 3}"));

        Api.Response refused = readsAllWritesA.delete(ASSETS + "/" + retiring + "?open_risks=reassign&reassign_to="
                + ofB);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("asset_not_writable");
        assertThat(admin.get("/api/v1/risks/" + risk).json().get("asset_id").asLong()).isEqualTo(retiring);
        assertThat(active(retiring)).isTrue();
    }

    @Test
    void closing_moves_each_open_risk_to_closed_with_the_reason_in_its_audit_entry() {
        long asset = asset("decommissioned");
        long risk = risk("monitored", asset);
        moveThrough(risk, "assessed", "mitigating", "monitoring");

        Api.Response deleted = admin.delete(ASSETS + "/" + asset + "?open_risks=close&reason=decommissioned");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(admin.get("/api/v1/risks/" + risk).json().get("status").asText()).isEqualTo("closed");
        assertThat(active(asset)).isFalse();
        assertThat(actions("risk", risk)).endsWith("risk.transition");
        assertThat(probe.dsl().select(AUDIT_LOGS.NEW_VALUES).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk"), AUDIT_LOGS.RESOURCE_ID.eq((int) risk))
                .orderBy(AUDIT_LOGS.ID.desc()).limit(1).fetchOne(AUDIT_LOGS.NEW_VALUES)).contains("decommissioned");
    }

    @Test
    void closing_is_refused_as_a_whole_when_one_risk_cannot_close_yet() {
        long asset = asset("half ready");
        long ready = risk("ready", asset);
        moveThrough(ready, "assessed", "mitigating", "monitoring");
        long fresh = risk("fresh", asset);

        Api.Response refused = admin.delete(ASSETS + "/" + asset + "?open_risks=close");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("illegal_transition");
        assertThat(admin.get("/api/v1/risks/" + ready).json().get("status").asText()).isEqualTo("monitoring");
        assertThat(admin.get("/api/v1/risks/" + fresh).json().get("status").asText()).isEqualTo("identified");
        assertThat(active(asset)).isTrue();
    }

    @Test
    void a_deactivated_asset_is_restored_by_a_patch_and_a_patch_deactivates_under_the_same_rule() {
        long asset = asset("comes back");
        assertThat(admin.delete(ASSETS + "/" + asset).status()).isEqualTo(204);

        Api.Response restored = admin.patch(ASSETS + "/" + asset, "{\"is_active\": true}");

        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("is_active").asBoolean()).isTrue();
        assertThat(actions("asset", asset)).containsExactly("asset.create", "asset.deactivate", "asset.update");
        risk("arrived after", asset);
        Api.Response refused = admin.patch(ASSETS + "/" + asset, "{\"is_active\": false}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("asset_has_open_risks");
        assertThat(active(asset)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"is_active\": null}", "{\"is_active\": \"yes\"}"})
    void is_active_is_a_boolean_that_cannot_be_cleared(String body) {
        long asset = asset("flag");

        Api.Response refused = admin.patch(ASSETS + "/" + asset, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(active(asset)).isTrue();
    }

    @Test
    void a_new_asset_cannot_be_created_inactive() {
        Api.Response refused = admin.post(ASSETS, "{\"name\": \"" + unique("born retired")
                + "\", \"asset_type\": \"server\", \"is_active\": false}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    }

    @Test
    void a_risk_the_caller_may_not_read_is_counted_not_named_and_keeps_the_asset_whatever_the_request_says() {
        UnitActors actors = UnitActors.create(anonymous, admin);
        long asset = id(actors.analystOfA().post(ASSETS, "{\"name\": \"" + unique("shared")
                + "\", \"asset_type\": \"server\"}"));
        long hidden = id(admin.post("/api/v1/risks", "{\"title\": \"B's concern\", \"category\": \"technical\","
                + " \"asset_id\": " + asset + ", \"org_unit_id\": " + actors.unitB()
                + ", \"inherent_likelihood\": 2, \"inherent_impact\": 2}"));
        moveThrough(hidden, "assessed", "mitigating", "monitoring");

        for (String query : List.of("", "?open_risks=close")) {
            Api.Response refused = actors.analystOfA().delete(ASSETS + "/" + asset + query);

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("open_risk_count").asLong()).isEqualTo(1);
            assertThat(refused.json().get("open_risks")).isEmpty();
        }
        assertThat(admin.get("/api/v1/risks/" + hidden).json().get("status").asText()).isEqualTo("monitoring");
        assertThat(active(asset)).isTrue();
    }

    @Test
    void a_bulk_deactivation_is_all_or_nothing_and_names_the_asset_that_keeps_it() {
        long free = asset("free");
        long busy = asset("busy");
        long risk = risk("holds busy", busy);

        Api.Response refused = admin.post(ASSETS + "/bulk-deactivations", "{\"ids\": [" + free + ", " + busy + "]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("asset_id").asLong()).isEqualTo(busy);
        assertThat(refused.json().get("open_risks").get(0).get("id").asLong()).isEqualTo(risk);
        assertThat(active(free)).isTrue();
        assertThat(active(busy)).isTrue();
    }

    @Test
    void a_bulk_deactivation_reassigns_the_open_risks_and_audits_every_asset_and_risk() {
        long first = asset("bulk one");
        long second = asset("bulk two");
        long heir = asset("bulk heir");
        long onFirst = risk("on one", first);
        long onSecond = risk("on two", second);

        Api.Response done = admin.post(ASSETS + "/bulk-deactivations", "{\"ids\": [" + first + ", " + second
                + "], \"open_risks\": \"reassign\", \"reassign_to\": " + heir + "}");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(longs(done.json().get("asset_ids"))).containsExactly(first, second);
        assertThat(longs(done.json().get("reassigned_risk_ids"))).containsExactly(onFirst, onSecond);
        assertThat(done.json().get("closed_risk_ids")).isEmpty();
        for (long asset : List.of(first, second)) {
            assertThat(active(asset)).isFalse();
            assertThat(actions("asset", asset)).containsExactly("asset.create", "asset.deactivate");
        }
        for (long risk : List.of(onFirst, onSecond)) {
            assertThat(admin.get("/api/v1/risks/" + risk).json().get("asset_id").asLong()).isEqualTo(heir);
            assertThat(actions("risk", risk)).containsExactly("risk.create", "risk.update");
        }
    }

    @Test
    void a_bulk_deactivation_of_an_unknown_asset_is_404_and_changes_nothing() {
        long known = asset("known");

        Api.Response refused = admin.post(ASSETS + "/bulk-deactivations", "{\"ids\": [" + known + ", 999999]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(active(known)).isTrue();
    }

    @Test
    void a_bulk_deactivation_takes_at_most_500_ids() {
        String ids = LongStream.rangeClosed(1, 501).mapToObj(Long::toString).collect(Collectors.joining(", "));

        Api.Response refused = admin.post(ASSETS + "/bulk-deactivations", "{\"ids\": [" + ids + "]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("ids");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"ids\": []}", "{\"ids\": [3, 3]}", "{\"ids\": [0]}", "{\"ids\": [\"3\"]}",
        "{\"ids\": [3], \"open_risks\": \"burn\"}", "{\"ids\": [3], \"open_risks\": \"reassign\"}",
        "{\"ids\": [3], \"reassign_to\": 4}", "{\"ids\": [3], \"open_risks\": \"reassign\", \"reassign_to\": 3}",
        "{\"ids\": [3], \"reason\": \"why\"}", "{\"ids\": [3], \"colour\": \"red\"}"})
    void malformed_bulk_requests_are_400(String body) {
        Api.Response refused = admin.post(ASSETS + "/bulk-deactivations", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"open_risks=burn", "open_risks=reassign", "reassign_to=4",
        "open_risks=reassign&reassign_to=04", "reason=why", "open_risks=close&open_risks=close", "force=true"})
    void malformed_delete_parameters_are_400_and_change_nothing(String query) {
        long asset = asset("parameters");

        Api.Response refused = admin.delete(ASSETS + "/" + asset + "?" + query);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(active(asset)).isTrue();
    }

    private long asset(String name) {
        return id(admin.post(ASSETS, "{\"name\": \"" + unique(name) + "\", \"asset_type\": \"server\"}"));
    }

    private long risk(String title, long asset) {
        return id(admin.post("/api/v1/risks", "{\"title\": \"" + title + "\", \"category\": \"technical\","
                + " \"asset_id\": " + asset + ", \"inherent_likelihood\": 2, \"inherent_impact\": 3}"));
    }

    private void moveThrough(long risk, String... statuses) {
        for (String status : statuses) {
            Api.Response moved = admin.post("/api/v1/risks/" + risk + "/transitions", "{\"to\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
    }

    private boolean active(long asset) {
        return admin.get(ASSETS + "/" + asset).json().get("is_active").asBoolean();
    }

    private List<String> actions(String resourceType, long id) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq(resourceType), AUDIT_LOGS.RESOURCE_ID.eq((int) id),
                        AUDIT_LOGS.OUTCOME.eq("success"))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asLong()));
        return values;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
