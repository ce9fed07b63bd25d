package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_CONTROLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/risks/{id}/controls} and the register's {@code treatment_gap} over real HTTP against the real
 * wiring, on each database: controls of the sample catalog (AC-1, AC-2, AC-2(1), AU-6 active; AC-13 withdrawn; AC
 * and AU groups) linked to risks, judged on assessments made through the API. Each test imports a framework of its
 * own, so that one test's assessments never judge another's links.
 */
abstract class RiskControlApiContract extends RunningAegisContract {

    private static final String RISKS = "/api/v1/risks";
    private static final String CLAIMED = "{\"treatment_state\": \"claimed\", \"reduces\": \"likelihood\"}";
    private static final String PLANNED = "{\"treatment_state\": \"planned\", \"reduces\": \"impact\"}";

    private Api readOnly;

    @BeforeAll
    void signInAReader() {
        readOnly = newReader();
    }

    /** A fresh copy of the sample catalog: its controls' numeric ids by label. */
    private Map<String, Long> framework() {
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", "Treating " + UUID.randomUUID()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long id = imported.json().get("framework_id").asLong();
        Map<String, Long> controls = new HashMap<>();
        controls.put("framework", id);
        admin.get("/api/v1/frameworks/" + id + "/controls?limit=500").json().get("items").forEach(control ->
                controls.put(control.get("control_id").asText(), control.get("id").asLong()));
        return controls;
    }

    private long risk(Api api, String title, String extra) {
        Api.Response created = api.post(RISKS, "{\"title\": \"" + title + "\", \"category\": \"operational\""
                + extra + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String rated(boolean residual) {
        return ", \"inherent_likelihood\": 4, \"inherent_impact\": 4"
                + (residual ? ", \"residual_likelihood\": 2, \"residual_impact\": 2" : "");
    }

    private static String link(long risk, long control) {
        return RISKS + "/" + risk + "/controls/" + control;
    }

    private JsonNode treatment(Api api, long risk) {
        Api.Response listed = api.get(RISKS + "/" + risk + "/controls");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json();
    }

    /** Plans an assessment of {@code framework} (of {@code asset} when given), evaluates, and completes it. */
    private long completedAssessment(long framework, String asset, Map<Long, String> statuses) {
        Api.Response created = admin.post("/api/v1/assessments", "{\"name\": \"Treatment check " + UUID.randomUUID()
                + "\", \"assessment_type\": \"internal\", \"framework_id\": " + framework + asset + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        statuses.forEach((control, status) -> {
            Api.Response evaluated = admin.put("/api/v1/assessments/" + id + "/controls/" + control,
                    "{\"implementation_status\": \"" + status + "\"}");
            assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        });
        for (String to : List.of("in_progress", "under_review", "completed")) {
            Api.Response moved = admin.post("/api/v1/assessments/" + id + "/transitions", "{\"to\": \"" + to + "\"}");
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        return id;
    }

    private List<Long> listed(Api api, String query) {
        Api.Response page = api.get(RISKS + "?limit=100&" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private List<String> auditActions(long risk) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk"), AUDIT_LOGS.RESOURCE_ID.eq((int) risk),
                        AUDIT_LOGS.OUTCOME.eq("success"))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    /** Refused, with every link as it was. */
    private void assertRefusedAndUnchanged(Supplier<Api.Response> request, int status, String code) {
        assertRefusedAndUnchanged(request, status, code, RISK_CONTROLS);
    }

    @Test
    void a_control_is_linked_listed_changed_and_unlinked_and_each_change_is_audited() {
        Map<String, Long> controls = framework();
        long risk = risk(admin, "Phishing " + UUID.randomUUID(), rated(true));

        Api.Response linked = admin.put(link(risk, controls.get("AC-1")),
                "{\"treatment_state\": \"claimed\", \"reduces\": \"likelihood\", \"notes\": \"  MFA everywhere \"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        JsonNode control = linked.json();
        assertThat(control.get("control_label").asText()).isEqualTo("AC-1");
        assertThat(control.get("framework_id").asLong()).isEqualTo(controls.get("framework"));
        assertThat(control.get("treatment_state").asText()).isEqualTo("claimed");
        assertThat(control.get("reduces").asText()).isEqualTo("likelihood");
        assertThat(control.get("notes").asText()).isEqualTo("MFA everywhere");
        assertThat(control.get("latest").isNull()).isTrue();
        assertThat(control.get("undermines").asBoolean()).isFalse();
        assertThat(admin.put(link(risk, controls.get("AU-6")), PLANNED).status()).isEqualTo(201);

        JsonNode listed = treatment(readOnly, risk);
        assertThat(listed.get("treatment_gap").asBoolean()).isFalse();
        assertThat(listed.get("controls")).extracting(c -> c.get("control_label").asText())
                .containsExactly("AC-1", "AU-6");
        assertThat(listed.get("controls").get(0).get("control_title").asText()).isNotBlank();
        assertThat(listed.get("controls").get(0).get("framework_name").asText()).startsWith("Treating ");

        Api.Response changed = admin.put(link(risk, controls.get("AC-1")),
                "{\"treatment_state\": \"planned\", \"reduces\": \"both\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("treatment_state").asText()).isEqualTo("planned");
        assertThat(changed.json().get("notes").isNull()).isTrue();
        assertThat(changed.json().get("updated_at").isNull()).isFalse();
        Api.Response again = admin.put(link(risk, controls.get("AC-1")),
                "{\"treatment_state\": \"planned\", \"reduces\": \"both\"}");
        assertThat(again.status()).as("the same effect again: changed in nothing, recorded nowhere").isEqualTo(200);

        assertThat(admin.delete(link(risk, controls.get("AU-6"))).status()).isEqualTo(204);
        assertThat(treatment(admin, risk).get("controls")).extracting(c -> c.get("control_label").asText())
                .containsExactly("AC-1");
        assertRefusedAndUnchanged(() -> admin.delete(link(risk, controls.get("AU-6"))), 404, "not_found");
        assertThat(auditActions(risk)).containsExactly("risk.create", "risk.control.link", "risk.control.link",
                "risk.control.link", "risk.control.unlink");
    }

    @Test
    void unknown_withdrawn_and_group_controls_bad_effects_and_readers_are_refused_and_change_nothing() {
        Map<String, Long> controls = framework();
        long risk = risk(admin, "Refusals " + UUID.randomUUID(), rated(true));

        assertRefusedAndUnchanged(() -> admin.put(link(risk, 999_999_999L), CLAIMED), 422, "unknown_control");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC-13")), CLAIMED), 422,
                "withdrawn_control");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC")), CLAIMED), 422, "control_group");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC-1")),
                "{\"treatment_state\": \"CLAIMED\", \"reduces\": \"likelihood\"}"), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC-1")), "{\"reduces\": \"both\"}"), 400,
                "invalid_value");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC-1")), "{\"treatment_state\":"
                + " \"claimed\", \"reduces\": \"both\", \"notes\": \"" + "x".repeat(2_001) + "\"}"), 400,
                "invalid_value");
        assertRefusedAndUnchanged(() -> admin.put(link(risk, controls.get("AC-1")), "{\"treatment_state\":"
                + " \"claimed\", \"reduces\": \"both\", \"colour\": 1}"), 400, "bad_request");
        assertRefusedAndUnchanged(() -> admin.put(link(999_999_999L, controls.get("AC-1")), CLAIMED), 404,
                "not_found");
        assertRefusedAndUnchanged(() -> readOnly.put(link(risk, controls.get("AC-1")), CLAIMED), 403, "forbidden");
        assertThat(admin.get(RISKS + "/999999999/controls").status()).isEqualTo(404);
        assertThat(admin.get(RISKS + "?treatment_gap=maybe").status()).isEqualTo(400);
    }

    @Test
    void a_residual_rating_relying_on_a_control_last_assessed_not_implemented_is_a_treatment_gap() {
        Map<String, Long> controls = framework();
        long framework = controls.get("framework");
        long ac2 = controls.get("AC-2");
        String tag = "Gap " + UUID.randomUUID();
        long relying = risk(admin, tag + " relying", rated(true));
        long planning = risk(admin, tag + " planning", rated(true));
        long unrated = risk(admin, tag + " unrated", rated(false));
        admin.put(link(relying, ac2), CLAIMED);
        admin.put(link(planning, ac2), PLANNED);
        admin.put(link(unrated, ac2), CLAIMED);
        String ofTag = "q=" + tag.replace(' ', '+');

        // an assessment still under way is no finding yet
        Api.Response open = admin.post("/api/v1/assessments", "{\"name\": \"Open " + UUID.randomUUID()
                + "\", \"assessment_type\": \"internal\", \"framework_id\": " + framework + "}");
        admin.put("/api/v1/assessments/" + open.json().get("id").asLong() + "/controls/" + ac2,
                "{\"implementation_status\": \"not_implemented\"}");
        assertThat(listed(admin, ofTag + "&treatment_gap=true")).isEmpty();

        long failing = completedAssessment(framework, "", Map.of(ac2, "not_implemented"));
        assertThat(listed(readOnly, ofTag + "&treatment_gap=true")).containsExactly(relying);
        assertThat(listed(readOnly, ofTag + "&treatment_gap=false")).containsExactlyInAnyOrder(planning, unrated);
        assertThat(readOnly.get(RISKS + "?" + ofTag + "&treatment_gap=true").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(readOnly.get(RISKS + "?" + ofTag + "&sort=title").json().get("items"))
                .extracting(item -> item.get("treatment_gap").asBoolean()).containsExactly(false, true, false);
        assertThat(readOnly.get(RISKS + "/" + relying).json().get("treatment_gap").asBoolean()).isTrue();
        assertThat(readOnly.get(RISKS + "/" + planning).json().get("treatment_gap").asBoolean()).isFalse();

        JsonNode treatment = treatment(readOnly, relying);
        assertThat(treatment.get("treatment_gap").asBoolean()).isTrue();
        JsonNode latest = treatment.get("controls").get(0).get("latest");
        assertThat(latest.get("status").asText()).isEqualTo("not_implemented");
        assertThat(latest.get("assessment_id").asLong()).isEqualTo(failing);
        assertThat(latest.get("assessed_at").asText()).isNotBlank();
        assertThat(treatment.get("controls").get(0).get("undermines").asBoolean()).isTrue();
        assertThat(treatment(readOnly, planning).get("controls").get(0).get("undermines").asBoolean()).isFalse();

        // keyset pages and the export take the filter as the list does
        Api.Response first = readOnly.get(RISKS + "?" + ofTag + "&treatment_gap=false&limit=1&sort=title");
        Api.Response second = readOnly.get(RISKS + "?" + ofTag + "&treatment_gap=false&limit=1&sort=title&cursor="
                + first.json().get("next_cursor").asText());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("items").get(0).get("id").asLong()).isEqualTo(unrated);
        assertThat(second.json().get("total").asLong()).isEqualTo(2);
        List<String> exported = admin.get(RISKS + "/export?format=csv&" + ofTag + "&treatment_gap=true").body()
                .lines().toList();
        assertThat(exported).hasSize(2);
        assertThat(exported.get(1)).startsWith(relying + ",");

        // a later completed assessment finding the control partly in place supports the rating again
        long partial = completedAssessment(framework, "", Map.of(ac2, "partially_implemented"));
        assertThat(listed(admin, ofTag + "&treatment_gap=true")).isEmpty();
        JsonNode now = treatment(admin, relying);
        assertThat(now.get("treatment_gap").asBoolean()).isFalse();
        assertThat(now.get("controls").get(0).get("latest").get("assessment_id").asLong()).isEqualTo(partial);
    }

    @Test
    void an_assessment_of_an_asset_the_reader_may_not_read_neither_shows_nor_flags() {
        Map<String, Long> controls = framework();
        long au6 = controls.get("AU-6");
        UnitActors units = UnitActors.create(anonymous, admin);
        Api.Response asset = admin.post("/api/v1/assets", "{\"name\": \"Hidden " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitB() + "}");
        assertThat(asset.status()).as(asset.toString()).isEqualTo(201);
        long risk = risk(units.analystOfA(), "Scoped " + UUID.randomUUID(), rated(true));
        assertThat(units.analystOfA().put(link(risk, au6), CLAIMED).status()).isEqualTo(201);
        completedAssessment(controls.get("framework"), ", \"asset_id\": " + asset.json().get("id").asLong(),
                Map.of(au6, "not_implemented"));

        assertThat(treatment(admin, risk).get("treatment_gap").asBoolean()).isTrue();
        JsonNode seenFromA = treatment(units.analystOfA(), risk);
        assertThat(seenFromA.get("treatment_gap").asBoolean()).isFalse();
        assertThat(seenFromA.get("controls").get(0).get("latest").isNull()).isTrue();
        assertThat(units.analystOfA().get(RISKS + "/" + risk).json().get("treatment_gap").asBoolean()).isFalse();
        assertThat(listed(units.analystOfA(), "treatment_gap=true")).doesNotContain(risk);
        assertThat(listed(admin, "treatment_gap=true")).contains(risk);

        // a risk out of the reader's units is not found, whatever the sub-resource
        assertThat(units.analystOfB().get(RISKS + "/" + risk + "/controls").status()).isEqualTo(404);
        assertRefusedAndUnchanged(() -> units.analystOfB().put(link(risk, au6), PLANNED), 404, "not_found");
        assertRefusedAndUnchanged(() -> units.analystOfB().delete(link(risk, au6)), 404, "not_found");
    }
}
