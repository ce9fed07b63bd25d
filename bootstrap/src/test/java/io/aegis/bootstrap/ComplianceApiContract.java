package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/frameworks/{id}/compliance} over real HTTP against the real wiring, on each database. Each test
 * has frameworks A and B of its own, A mapped to B ({@link CompliancePair}).
 */
abstract class ComplianceApiContract extends RunningAegisContract {

    private static String posture(long framework, String query) {
        return "/api/v1/frameworks/" + framework + "/compliance" + query;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The controls of every family, by label. */
    private static Map<String, JsonNode> byLabel(JsonNode posture) {
        Map<String, JsonNode> controls = new HashMap<>();
        posture.get("families").forEach(family -> family.get("controls").forEach(control ->
                controls.put(control.get("control_id").asText(), control)));
        return controls;
    }

    @Test
    void a_framework_nobody_assessed_answers_every_control_not_assessed_per_family() {
        CompliancePair pair = CompliancePair.create(admin);

        JsonNode posture = ok(newReader().get(posture(pair.a(), "")));

        assertThat(posture.get("framework").get("id").asLong()).isEqualTo(pair.a());
        assertThat(posture.get("assessments")).isEmpty();
        JsonNode overall = posture.get("overall");
        assertThat(overall.get("controls").asLong()).isEqualTo(4);
        assertThat(overall.get("not_assessed").asLong()).isEqualTo(4);
        assertThat(overall.get("statuses").get("not_assessed").asLong()).isEqualTo(4);
        assertThat(overall.get("score").isNull()).isTrue();
        List<String> families = new ArrayList<>();
        posture.get("families").forEach(family -> families.add(family.get("title").asText() + ":"
                + family.get("tally").get("controls").asLong()));
        assertThat(families).containsExactly("Access Control:3", "Audit and Accountability:1");
        assertThat(posture.get("families").get(0).has("controls")).as("only with include=controls").isFalse();
    }

    @Test
    void another_frameworks_assessment_is_inferred_through_mappings_with_its_coverage_and_path() {
        CompliancePair pair = CompliancePair.create(admin);
        long ofB = pair.completedOfB(Map.of("AC-1", "implemented", "AC-2", "implemented",
                "AC-2(1)", "implemented", "AU-6", "implemented"), "");

        JsonNode posture = ok(newReader().get(posture(pair.a(), "?include=controls")));

        Map<String, JsonNode> controls = byLabel(posture);
        JsonNode ac1 = controls.get("AC-1");
        assertThat(ac1.get("source").asText()).isEqualTo("inferred");
        assertThat(ac1.get("status").asText()).isEqualTo("implemented");
        assertThat(ac1.get("coverage").asText()).isEqualTo("full");
        assertThat(ac1.get("assessment_id").asLong()).isEqualTo(ofB);
        JsonNode step = ac1.get("path").get(0);
        assertThat(ac1.get("path")).hasSize(1);
        assertThat(step.get("from").get("id").asLong()).isEqualTo(pair.ofA().get("AC-1"));
        assertThat(step.get("to").get("id").asLong()).isEqualTo(pair.ofB().get("AC-1"));
        assertThat(step.get("to").get("framework_id").asLong()).isEqualTo(pair.b());
        assertThat(step.get("relationship").asText()).isEqualTo("equal");
        JsonNode ac2 = controls.get("AC-2");
        assertThat(ac2.get("status").asText()).as("B's AC-2 contains A's").isEqualTo("implemented");
        assertThat(ac2.get("coverage").asText()).isEqualTo("full");
        assertThat(ac2.get("relationship").asText()).isEqualTo("subset_of");
        JsonNode au6 = controls.get("AU-6");
        assertThat(au6.get("status").asText()).as("partial coverage infers at most partially implemented")
                .isEqualTo("partially_implemented");
        assertThat(au6.get("coverage").asText()).isEqualTo("partial");
        JsonNode unmapped = controls.get("AC-2(1)");
        assertThat(unmapped.get("source").asText()).isEqualTo("none");
        assertThat(unmapped.get("status").asText()).isEqualTo("not_assessed");
        assertThat(unmapped.get("path")).isEmpty();
        JsonNode overall = posture.get("overall");
        assertThat(overall.get("inferred").asLong()).isEqualTo(3);
        assertThat(overall.get("direct").asLong()).isZero();
        assertThat(overall.get("not_assessed").asLong()).isEqualTo(1);
        assertThat(overall.get("score").asDouble()).as("(1 + 1 + 0.5) / 3").isEqualTo(83.33);
        assertThat(posture.get("assessments")).hasSize(1);
        assertThat(posture.get("assessments").get(0).get("id").asLong()).isEqualTo(ofB);
        assertThat(posture.get("assessments").get(0).get("direct").asBoolean()).isFalse();
    }

    @Test
    void the_frameworks_own_latest_assessment_wins_over_the_inferred_one() {
        CompliancePair pair = CompliancePair.create(admin);
        pair.completedOfB(Map.of("AC-1", "implemented", "AC-2", "implemented"), "");
        long laterOfB = pair.completedOfB(Map.of("AC-2", "not_implemented"), "");
        long ofA = pair.completedOfA(Map.of("AC-1", "not_implemented", "AU-6", "not_applicable"), "");

        JsonNode posture = ok(admin.get(posture(pair.a(), "?include=controls")));

        Map<String, JsonNode> controls = byLabel(posture);
        assertThat(controls.get("AC-1").get("source").asText()).isEqualTo("direct");
        assertThat(controls.get("AC-1").get("status").asText()).isEqualTo("not_implemented");
        assertThat(controls.get("AC-1").get("assessment_id").asLong()).isEqualTo(ofA);
        assertThat(controls.get("AC-1").get("path")).isEmpty();
        assertThat(controls.get("AC-2").get("source").asText()).as("A's assessment left it not assessed")
                .isEqualTo("inferred");
        assertThat(controls.get("AC-2").get("status").asText()).as("from B's latest assessment only")
                .isEqualTo("not_implemented");
        assertThat(controls.get("AC-2").get("assessment_id").asLong()).isEqualTo(laterOfB);
        assertThat(controls.get("AU-6").get("status").asText()).isEqualTo("not_applicable");
        JsonNode overall = posture.get("overall");
        assertThat(overall.get("direct").asLong()).isEqualTo(2);
        assertThat(overall.get("inferred").asLong()).isEqualTo(1);
        assertThat(overall.get("score").asDouble()).as("not applicable left out").isEqualTo(0.0);
        List<Long> sources = new ArrayList<>();
        posture.get("assessments").forEach(source -> sources.add(source.get("id").asLong()));
        assertThat(sources).containsExactlyInAnyOrder(ofA, laterOfB);
    }

    @Test
    void an_assessment_of_an_asset_the_reader_may_not_read_does_not_feed_the_posture() {
        CompliancePair pair = CompliancePair.create(admin);
        UnitActors units = UnitActors.create(anonymous, admin);
        // alice reads assets of unit A only, and assessments and frameworks everywhere
        units.grantAliceEverywhere("assessment:read", "framework:read");
        Api.Response asset = admin.post("/api/v1/assets", "{\"name\": \"Hidden " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitB() + "}");
        assertThat(asset.status()).as(asset.toString()).isEqualTo(201);
        long ofUnitB = asset.json().get("id").asLong();
        pair.completedOfB(Map.of("AC-1", "implemented"), ", \"asset_id\": " + ofUnitB);

        JsonNode seenByAlice = ok(units.analystOfA().get(posture(pair.a(), "?include=controls")));
        JsonNode seenByAdmin = ok(admin.get(posture(pair.a(), "?include=controls")));

        assertThat(byLabel(seenByAlice).get("AC-1").get("source").asText()).isEqualTo("none");
        assertThat(seenByAlice.get("assessments")).isEmpty();
        assertThat(byLabel(seenByAdmin).get("AC-1").get("source").asText()).isEqualTo("inferred");
        assertThat(byLabel(ok(admin.get(posture(pair.a(), "?include=controls&asset_id=" + ofUnitB))))
                .get("AC-1").get("source").asText()).isEqualTo("inferred");
        assertThat(ok(admin.get(posture(pair.a(), "?asset_id=" + (ofUnitB + 1000)))).get("overall")
                .get("inferred").asLong()).as("only assessments of that asset").isZero();
    }

    @Test
    void refusals_are_problems_and_never_errors() {
        CompliancePair pair = CompliancePair.create(admin);
        Api.Response unknown = admin.get(posture(999999, ""));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(admin.get(posture(pair.a(), "?include=everything")).status()).isEqualTo(400);
        assertThat(admin.get(posture(pair.a(), "?asset_id=x")).status()).isEqualTo(400);
        assertThat(admin.get(posture(pair.a(), "?limit=5")).status()).isEqualTo(400);
        assertThat(anonymous.get(posture(pair.a(), "")).status()).isEqualTo(401);

        Api.Response role = admin.post("/api/v1/roles", "{\"name\": \"Catalog readers "
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"permissions\": [\"framework:read\"]}");
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String name = "catalog-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"reading catalogs only\", \"role_ids\": ["
                + role.json().get("id").asLong() + "], \"must_change_password\": false}");
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        Api.Response refused = anonymous.loggedInAs(name, "reading catalogs only").get(posture(pair.a(), ""));
        assertThat(refused.status()).as("the posture shows what assessments found").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Exception", "SELECT");
    }
}
