package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A control's page shows the controls its mappings reach, each with its relationship, coverage and path. */
class ControlMappingBrowserTest extends BrowserContract {

    /** The sample catalog imported through the API under a name of its own; the id of its control {@code label}. */
    private long sampleControl(String name, String label) {
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", name));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long framework = imported.json().get("framework_id").asLong();
        for (JsonNode control : admin.get("/api/v1/frameworks/" + framework + "/controls?limit=500").json()
                .get("items")) {
            if (control.get("control_id").asText().equals(label)) {
                return control.get("id").asLong();
            }
        }
        throw new IllegalStateException("no control " + label);
    }

    private void map(long source, long target, String type) {
        Api.Response created = admin.post("/api/v1/control-mappings", "{\"source_control_id\": " + source
                + ", \"target_control_id\": " + target + ", \"mapping_type\": \"" + type + "\","
                + " \"confidence_level\": \"high\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void a_control_lists_the_controls_its_mappings_reach_and_says_so_when_there_are_none() {
        String suffix = suffix();
        long policy = sampleControl("Policies " + suffix, "AC-1");
        long accounts = sampleControl("Accounts " + suffix, "AC-2");
        long review = sampleControl("Reviews " + suffix, "AU-6");
        long alone = sampleControl("Alone " + suffix, "AC-1");
        map(policy, accounts, "equal");
        // stored from AU-6: read from AC-2 it is "AC-2 superset of AU-6"
        map(review, accounts, "subset_of");
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/controls/" + policy);

        assertThat(browser.find("#mappings").getText()).isEqualTo("Mappings");
        String table = browser.find("section[aria-labelledby='mappings'] table").getText();
        assertThat(table).contains("AC-2", "Accounts " + suffix, "equal", "full", "high", "a direct mapping");
        assertThat(table).contains("AU-6", "Reviews " + suffix, "superset of", "2 mappings");
        browser.screenshot("control-mappings").assertAccessible();

        browser.click("section[aria-labelledby='mappings'] a[href='/controls/" + review + "']");
        assertThat(browser.find("section[aria-labelledby='mappings'] table").getText())
                .contains("AC-2", "subset of", "partial", "AC-1", "2 mappings");

        browser.open("/controls/" + alone);
        assertThat(browser.find("section[aria-labelledby='mappings']").getText())
                .contains("No mapping relates this control to another");
    }
}
