package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The assessment workspace in a real browser: a table of the controls whose status, effectiveness and maturity are
 * saved row by row with plain forms, the live score, and the moves; frozen once under review.
 */
class AssessmentBrowserTest extends BrowserContract {

    private long plannedAssessment(String name) {
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", name));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Api.Response created = admin.post("/api/v1/assessments", "{\"name\": \"" + name + "\","
                + " \"assessment_type\": \"internal\", \"framework_id\": " + imported.json().get("framework_id")
                + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long controlId(long assessment, String label) {
        for (JsonNode row : admin.get("/api/v1/assessments/" + assessment + "/controls").json().get("items")) {
            if (row.get("control_label").asText().equals(label)) {
                return row.get("control_id").asLong();
            }
        }
        throw new AssertionError("no control " + label);
    }

    @Test
    void controls_are_evaluated_row_by_row_and_the_score_follows() {
        String name = "Workspace " + suffix();
        long id = plannedAssessment(name);
        long ac1 = controlId(id, "AC-1");
        long ac2 = controlId(id, "AC-2");
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/assessments");
        browser.click("main a[href='/assessments/" + id + "']");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.find("#live-score").getText()).contains("none yet");
        browser.screenshot("assessment-workspace").assertAccessible();

        browser.choose("status-" + ac1, "implemented").choose("effectiveness-" + ac1, "effective")
                .choose("maturity-" + ac1, "3").click("#evaluate-" + ac1 + " button");
        browser.choose("status-" + ac2, "partially_implemented").click("#evaluate-" + ac2 + " button");
        assertThat(browser.find("#live-score").getText()).contains("75.00", "medium");
        JsonNode evaluation = admin.get("/api/v1/assessments/" + id + "/controls/" + ac1).json();
        assertThat(evaluation.get("maturity_level").asInt()).isEqualTo(3);
        assertThat(evaluation.get("effectiveness_rating").asText()).isEqualTo("effective");

        browser.choose("status-" + ac2, "not_applicable").choose("effectiveness-" + ac2, "effective")
                .click("#evaluate-" + ac2 + " button");
        assertThat(browser.text()).contains("has no effectiveness");
        browser.screenshot("assessment-workspace-refused").assertAccessible();

        browser.open("/assessments/" + id).click("button[value='in_progress']").click("button[value='under_review']");
        assertThat(browser.text()).contains("under_review", "Controls are evaluated while");
        assertThat(browser.find("#status-" + ac1).isEnabled()).isFalse();
        browser.click("button[value='completed']");
        assertThat(admin.get("/api/v1/assessments/" + id).json().get("risk_rating").asText()).isEqualTo("medium");
        browser.screenshot("assessment-completed").assertAccessible();
    }
}
