package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The controls treating a risk in a real browser: a control linked from the risk's page by framework and control id,
 * its latest assessed status linked to the assessment, the treatment gap flagged on the page and in the register's
 * filter, a control the framework lacks refused next to its field, and the control removed. Each page is checked by
 * axe-core and kept as a screenshot.
 */
class RiskControlBrowserTest extends BrowserContract {

    private static final String LINK_FORM = "#treating-controls form[action$='/controls']";

    @Test
    void a_control_is_linked_from_the_risk_page_its_failed_assessment_flags_the_gap_and_it_is_removed() {
        String name = "Treated " + suffix();
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", name));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long framework = imported.json().get("framework_id").asLong();
        long assessment = failedAssessmentOfAc2(framework, name);
        Api.Response risk = admin.post("/api/v1/risks", "{\"title\": \"" + name + "\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 4, \"inherent_impact\": 4, \"residual_likelihood\": 2,"
                + " \"residual_impact\": 2}");
        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
        long id = risk.json().get("id").asLong();
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/risks/" + id);
        assertThat(browser.find("#treating-controls").getText()).contains("No control is linked");
        browser.screenshot("risk-treating-none").assertAccessible();

        browser.choose("framework_id", String.valueOf(framework)).type("control", "ZZ-9")
                .choose("treatment_state", "claimed").choose("reduces", "likelihood");
        browser.click(LINK_FORM + " button");
        assertThat(browser.find("#control-error").getText()).contains("ZZ-9");
        browser.screenshot("risk-treating-refused").assertAccessible();

        browser.choose("framework_id", String.valueOf(framework)).type("control", "ac-2")
                .choose("treatment_state", "claimed").choose("reduces", "likelihood").type("notes", "access reviews");
        browser.click(LINK_FORM + " button");
        String section = browser.find("#treating-controls").getText();
        assertThat(section).contains("AC-2", name, "Claimed, reduces likelihood", "access reviews", "Not implemented",
                "Treatment gap");
        assertThat(browser.find("#treating-controls a[href='/assessments/" + assessment + "']").getText())
                .isEqualTo("Not implemented");
        browser.screenshot("risk-treating-gap").assertAccessible();

        browser.open("/risks?treatment_gap=true&q=" + name.replace(' ', '+'));
        assertThat(browser.find("#register").getText()).contains(name, "Treatment gap");
        browser.screenshot("register-treatment-gap").assertAccessible();
        browser.open("/risks?treatment_gap=false&q=" + name.replace(' ', '+'));
        assertThat(browser.find("#register").getText()).doesNotContain(name);

        browser.open("/risks/" + id).click("#treating-controls form[action$='/removal'] button");
        assertThat(browser.find("#treating-controls").getText()).contains("No control is linked");
        assertThat(admin.get("/api/v1/risks/" + id + "/controls").json().get("controls")).isEmpty();
    }

    /** A completed assessment of {@code framework} that found AC-2 not implemented. */
    private long failedAssessmentOfAc2(long framework, String name) {
        Api.Response created = admin.post("/api/v1/assessments", "{\"name\": \"" + name + " check\","
                + " \"assessment_type\": \"internal\", \"framework_id\": " + framework + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        for (JsonNode row : admin.get("/api/v1/assessments/" + id + "/controls").json().get("items")) {
            if (row.get("control_label").asText().equals("AC-2")) {
                admin.put("/api/v1/assessments/" + id + "/controls/" + row.get("control_id").asLong(),
                        "{\"implementation_status\": \"not_implemented\"}");
            }
        }
        for (String to : new String[] {"in_progress", "under_review", "completed"}) {
            assertThat(admin.post("/api/v1/assessments/" + id + "/transitions", "{\"to\": \"" + to + "\"}").status())
                    .isEqualTo(200);
        }
        return id;
    }
}
