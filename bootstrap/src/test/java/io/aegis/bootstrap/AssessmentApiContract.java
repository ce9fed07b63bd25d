package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/assessments} over real HTTP against the real wiring, on each database: assessments of the sample
 * catalog (AC-1, AC-2, AC-2(1), AU-6 active; AC-13 withdrawn; the LOW profile selects the first three) and of the
 * bundled 800-53 Rev 5 scoped to its MODERATE baseline. A refused request answers problem+json and changes nothing.
 */
abstract class AssessmentApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/assessments";

    private Api readOnly;
    private long framework;
    private long otherFramework;
    private long lowBaseline;
    private long otherBaseline;
    private final Map<String, Long> controls = new HashMap<>();

    @BeforeAll
    void importTheSampleCatalogTwiceAndSignInAReader() {
        readOnly = newReader();

        framework = importSample("Assessed " + UUID.randomUUID());
        otherFramework = importSample("Other " + UUID.randomUUID());
        lowBaseline = importLow(framework);
        otherBaseline = importLow(otherFramework);
        admin.get("/api/v1/frameworks/" + framework + "/controls?limit=500").json().get("items").forEach(control ->
                controls.put(control.get("control_id").asText(), control.get("id").asLong()));
    }

    private long importSample(String title) {
        String catalog = SampleFiles.catalog("sample-catalog-v1.json", title);
        Api.Response imported = admin.post("/api/v1/frameworks/import", catalog);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return imported.json().get("framework_id").asLong();
    }

    private long importLow(long frameworkId) {
        Api.Response imported = admin.post("/api/v1/frameworks/" + frameworkId + "/baselines/import",
                new String(SampleFiles.bytes("/catalog/sample-profile-low.json"), StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return imported.json().get("baseline_id").asLong();
    }


    private JsonNode created(String body) {
        Api.Response response = admin.post(PATH, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(PATH + "/" + response.json().get("id").asLong()));
        assertThat(response.header("ETag")).isPresent();
        return response.json();
    }

    private JsonNode planned(String extra) {
        return created("{\"name\": \"Q4 review " + UUID.randomUUID() + "\", \"assessment_type\": \"internal\","
                + " \"framework_id\": " + framework + extra + "}");
    }

    private String evaluations(long id, String query) {
        return PATH + "/" + id + "/controls" + query;
    }

    private String evaluation(long id, String label) {
        return PATH + "/" + id + "/controls/" + controls.get(label);
    }

    private static List<String> labels(JsonNode page) {
        List<String> labels = new ArrayList<>();
        page.get("items").forEach(item -> labels.add(item.get("control_label").asText()));
        return labels;
    }

    private List<String> auditActions(String resourceType, long id) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq(resourceType), AUDIT_LOGS.RESOURCE_ID.eq((int) id),
                        AUDIT_LOGS.OUTCOME.eq("success"))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    private long successfulAudits() {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
    }

    /** Refused, with every assessment and evaluation as it was. */
    private void assertRefusedAndUnchanged(Supplier<Api.Response> request, int status, String code) {
        assertRefusedAndUnchanged(request, status, code, ASSESSMENTS, ASSESSMENT_CONTROLS);
    }

    @Test
    void an_assessment_of_a_framework_gets_every_active_control_that_is_no_group_as_not_assessed() {
        JsonNode assessment = planned(", \"scope\": \"the whole estate\", \"due_date\": \"2027-01-31T00:00:00Z\"");
        long id = assessment.get("id").asLong();

        assertThat(assessment.get("status").asText()).isEqualTo("planning");
        assertThat(assessment.get("control_count").asLong()).isEqualTo(4);
        assertThat(assessment.get("assessed_count").asLong()).isZero();
        assertThat(assessment.get("overall_score").isNull()).isTrue();
        assertThat(assessment.get("baseline_id").isNull()).isTrue();
        assertThat(assessment.get("due_date").asText()).isEqualTo("2027-01-31T00:00:00.000Z");
        assertThat(assessment.has("ai_generated_summary")).isTrue();
        JsonNode page = readOnly.get(evaluations(id, "")).json();
        assertThat(labels(page)).containsExactly("AC-1", "AC-2", "AC-2(1)", "AU-6");
        page.get("items").forEach(item ->
                assertThat(item.get("implementation_status").asText()).isEqualTo("not_assessed"));
        assertThat(readOnly.get(PATH + "/" + id).json().get("name")).isEqualTo(assessment.get("name"));
        assertThat(auditActions("assessment", id)).containsExactly("assessment.create");
        List<Long> listed = new ArrayList<>();
        readOnly.get(PATH + "?framework_id=" + framework + "&status=planning&limit=500").json().get("items")
                .forEach(item -> listed.add(item.get("id").asLong()));
        assertThat(listed).contains(id);
        assertThat(readOnly.get(PATH + "?status=completed&framework_id=" + otherFramework).json().get("items"))
                .isEmpty();
    }

    @Test
    void an_assessment_scoped_to_a_baseline_gets_the_controls_it_selects() {
        JsonNode assessment = planned(", \"baseline_id\": " + lowBaseline);

        assertThat(assessment.get("control_count").asLong()).isEqualTo(3);
        assertThat(labels(readOnly.get(evaluations(assessment.get("id").asLong(), "")).json()))
                .containsExactly("AC-1", "AC-2", "AC-2(1)");
    }

    @Test
    void refused_creations_change_nothing() {
        String valid = "\"assessment_type\": \"internal\", \"framework_id\": " + framework;
        assertRefusedAndUnchanged(() -> readOnly.post(PATH, "{\"name\": \"x\", " + valid + "}"), 403, "forbidden");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + valid + "}"), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", \"framework_id\": " + framework + "}"),
                400, "invalid_value");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", \"assessment_type\": \"internal\","
                + " \"framework_id\": 999999}"), 422, "unknown_framework");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", " + valid + ", \"baseline_id\": "
                + otherBaseline + "}"), 422, "baseline_of_another_framework");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", " + valid + ", \"asset_id\": 999999}"),
                422, "unknown_asset");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", " + valid
                + ", \"start_date\": \"2027-01-02T00:00:00Z\", \"end_date\": \"2027-01-01T00:00:00Z\"}"), 400,
                "invalid_value");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"name\": \"x\", " + valid + ", \"colour\": 1}"), 400,
                "bad_request");
        assertThat(admin.get(PATH + "/999999").status()).isEqualTo(404);
        assertThat(admin.get(PATH + "?status=review").status()).isEqualTo(400);
    }

    @Test
    void an_assessment_names_only_an_asset_its_creator_may_read() {
        UnitActors units = UnitActors.create(anonymous, admin);
        // alice reads assets of unit A only, and assesses for the whole organisation
        units.grantAliceEverywhere("assessment:read", "assessment:write", "framework:read");
        long ofA = created(admin.post("/api/v1/assets", "{\"name\": \"Assessed " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitA() + "}"));
        long ofB = created(admin.post("/api/v1/assets", "{\"name\": \"Hidden " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitB() + "}"));
        String valid = "\"name\": \"Scoped\", \"assessment_type\": \"internal\", \"framework_id\": " + framework;

        assertRefusedAndUnchanged(() -> units.analystOfA().post(PATH, "{" + valid + ", \"asset_id\": " + ofB + "}"),
                422, "unknown_asset");
        assertThat(units.analystOfA().post(PATH, "{" + valid + ", \"asset_id\": " + ofA + "}").status())
                .isEqualTo(201);
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void evaluations_give_a_live_score_that_completing_stores() {
        long id = planned("").get("id").asLong();
        Api.Response first = admin.put(evaluation(id, "AC-1"), "{\"implementation_status\": \"implemented\","
                + " \"effectiveness_rating\": \"effective\", \"maturity_level\": 4, \"findings\": \"MFA everywhere\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("tested_by").isNull()).isFalse();
        assertThat(first.json().get("tested_date").isNull()).isFalse();
        String etag = admin.get(evaluation(id, "AC-2")).header("ETag").orElseThrow();
        Api.Response second = admin.put(evaluation(id, "AC-2"), "{\"implementation_status\":"
                + " \"partially_implemented\", \"effectiveness_rating\": \"partially_effective\"}", "If-Match", etag);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertRefusedAndUnchanged(() -> admin.put(evaluation(id, "AC-2"), "{\"implementation_status\":"
                + " \"implemented\"}", "If-Match", etag), 412, "stale_version");
        assertThat(admin.put(evaluation(id, "AC-2(1)"), "{\"implementation_status\": \"not_applicable\"}").status())
                .isEqualTo(200);
        assertRefusedAndUnchanged(() -> admin.put(evaluation(id, "AU-6"), "{\"implementation_status\":"
                + " \"not_applicable\", \"effectiveness_rating\": \"effective\"}"), 422, "nothing_to_rate");
        assertRefusedAndUnchanged(() -> admin.put(evaluation(id, "AU-6"), "{\"implementation_status\":"
                + " \"implemented\", \"maturity_level\": 6}"), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> admin.put(evaluation(id, "AU-6"), "{\"implementation_status\":"
                + " \"done\"}"), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> readOnly.put(evaluation(id, "AU-6"), "{\"implementation_status\":"
                + " \"implemented\"}"), 403, "forbidden");
        assertThat(admin.put(PATH + "/" + id + "/controls/" + controls.get("AC-13"),
                "{\"implementation_status\": \"implemented\"}").status()).isEqualTo(404);

        // (1 + 0.5 x 0.75) / 2 assessed = 68.75; AC-2(1) not applicable, AU-6 not assessed
        JsonNode score = readOnly.get(PATH + "/" + id + "/score").json();
        assertThat(score.get("overall_score").decimalValue()).isEqualByComparingTo("68.75");
        assertThat(score.get("risk_rating").asText()).isEqualTo("high");
        assertThat(score.get("stored_score").isNull()).isTrue();
        JsonNode explanation = score.get("explanation");
        assertThat(explanation.get("applicable").asLong()).isEqualTo(3);
        assertThat(explanation.get("assessed").asLong()).isEqualTo(2);
        assertThat(explanation.get("coverage").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(explanation.get("counts").get("not_applicable").asLong()).isEqualTo(1);
        assertThat(explanation.get("terms")).hasSize(2);
        assertThat(explanation.get("credits").decimalValue()).isEqualByComparingTo("1.375");

        assertThat(labels(readOnly.get(evaluations(id, "?implementation_status=implemented")).json()))
                .containsExactly("AC-1");
        long acFamily = readOnly.get("/api/v1/frameworks/" + framework + "/controls?is_group=true").json()
                .get("items").get(0).get("id").asLong();
        assertThat(labels(readOnly.get(evaluations(id, "?family_id=" + acFamily)).json()))
                .containsExactly("AC-1", "AC-2", "AC-2(1)");
        assertThat(labels(readOnly.get(evaluations(id, "?parent_id=" + controls.get("AC-2"))).json()))
                .containsExactly("AC-2(1)");
        assertThat(labels(readOnly.get(evaluations(id, "?limit=2&offset=2")).json()))
                .containsExactly("AC-2(1)", "AU-6");

        assertRefusedAndUnchanged(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"completed\"}"),
                422, "illegal_transition");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"completed\"}").json().get("allowed"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("cancelled", "in_progress");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"in_progress\"}").status())
                .isEqualTo(200);
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"under_review\"}").status())
                .isEqualTo(200);
        assertRefusedAndUnchanged(() -> admin.put(evaluation(id, "AU-6"), "{\"implementation_status\":"
                + " \"implemented\"}"), 422, "evaluations_closed");
        JsonNode completed = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"completed\"}").json();
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("overall_score").decimalValue()).isEqualByComparingTo("68.75");
        assertThat(completed.get("risk_rating").asText()).isEqualTo("high");
        assertThat(completed.get("assessed_count").asLong()).isEqualTo(2);
        assertThat(readOnly.get(PATH + "/" + id + "/score").json().get("stored_risk_rating").asText())
                .isEqualTo("high");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"executive_summary\": \"late\"}"), 422,
                "assessment_closed");
        assertRefusedAndUnchanged(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"cancelled\"}"),
                422, "illegal_transition");

        assertThat(auditActions("assessment", id)).containsExactly("assessment.create", "assessment.transition",
                "assessment.transition", "assessment.transition");
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.eq("assessment_control.evaluate")
                .and(AUDIT_LOGS.RESOURCE_ID.in(probe.dsl().select(ASSESSMENT_CONTROLS.ID).from(ASSESSMENT_CONTROLS)
                        .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq((int) id)))))).isEqualTo(3);
    }

    @Test
    void descriptive_fields_change_with_if_match_and_a_stale_tag_changes_nothing() {
        long id = planned("").get("id").asLong();
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response changed = admin.patch(PATH + "/" + id, "{\"methodology\": \"interviews and tests\","
                + " \"assessor_external\": \"Audit & Co\", \"scope\": null}", "If-Match", etag);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("methodology").asText()).isEqualTo("interviews and tests");
        assertThat(changed.header("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"methodology\": \"again\"}", "If-Match",
                etag), 412, "stale_version");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"name\": null}"), 400, "bad_request");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"assessor_internal\": 999999}"), 422,
                "unknown_user");
        assertThat(auditActions("assessment", id)).containsExactly("assessment.create", "assessment.update");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"cancelled\"}").json().get("status")
                .asText()).isEqualTo("cancelled");
    }

    @Test
    void the_real_800_53_assessed_against_its_moderate_baseline_has_its_287_controls() {
        Api.Response imported = admin.post("/api/v1/catalogs/bundled/nist-800-53r5/import", "");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long nist = imported.json().get("catalog").get("framework_id").asLong();
        long moderate = -1;
        for (JsonNode baseline : readOnly.get("/api/v1/frameworks/" + nist + "/baselines").json()) {
            if (baseline.get("name").asText().toUpperCase(Locale.ROOT).contains("MODERATE")) {
                moderate = baseline.get("id").asLong();
            }
        }
        assertThat(moderate).isPositive();

        JsonNode assessment = created("{\"name\": \"800-53 moderate " + UUID.randomUUID() + "\","
                + " \"assessment_type\": \"internal\", \"framework_id\": " + nist + ", \"baseline_id\": " + moderate
                + "}");
        long id = assessment.get("id").asLong();

        assertThat(assessment.get("control_count").asLong()).isEqualTo(287);
        JsonNode firstPage = readOnly.get(evaluations(id, "?limit=500")).json();
        assertThat(firstPage.get("total").asLong()).isEqualTo(287);
        assertThat(labels(firstPage)).startsWith("AC-1", "AC-2");
        long ac1 = firstPage.get("items").get(0).get("control_id").asLong();
        assertThat(admin.put(PATH + "/" + id + "/controls/" + ac1, "{\"implementation_status\": \"implemented\"}")
                .status()).isEqualTo(200);
        JsonNode score = readOnly.get(PATH + "/" + id + "/score").json();
        assertThat(score.get("overall_score").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(score.get("explanation").get("coverage").decimalValue())
                .isEqualByComparingTo("0.0035");
        assertThat(score.get("explanation").get("counts").get("not_assessed").asLong()).isEqualTo(286);
    }
}
