package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The compliance posture page in a real browser: reached from the framework's page, a table per family, and each
 * family opening with the keyboard onto its controls, inferred ones marked with their path in words.
 */
class ComplianceBrowserTest extends BrowserContract {

    @Test
    void the_posture_shows_families_and_opens_onto_controls_with_their_paths() {
        CompliancePair pair = CompliancePair.create(admin);
        pair.completedOfB(Map.of("AC-1", "implemented", "AC-2", "implemented", "AU-6", "implemented"), "");
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/frameworks/" + pair.a());
        browser.click("main a[href='/frameworks/" + pair.a() + "/compliance']");
        assertThat(browser.heading()).startsWith("Compliance posture: Posture A");
        assertThat(browser.find("#families + .table-wrap").getText()).contains("Access Control",
                "Audit and Accountability");
        assertThat(browser.text()).contains("Inferred through mappings\n3", pair.nameOfB());
        assertThat(browser.find("details.family").getAttribute("open")).isNull();
        browser.screenshot("compliance-posture").assertAccessible();

        // a family's summary is focusable and Enter opens it, as for any <details>
        browser.find("details.family > summary").sendKeys(Keys.ENTER);
        assertThat(browser.find("details.family").getAttribute("open")).isNotNull();
        String family = browser.find("details.family table").getText();
        assertThat(family).contains("AC-1 is equal to AC-1 (" + pair.nameOfB() + ")", "full coverage",
                "AC-2 is a subset of AC-2 (" + pair.nameOfB() + ")");
        assertThat(browser.findAll("details.family tr.source-inferred")).as("in every family").hasSize(3);
        assertThat(browser.findAll("details.family tr.source-none")).hasSize(1);
        browser.screenshot("compliance-posture-family").assertAccessible();
    }

    @Test
    void a_framework_nobody_assessed_says_so() {
        CompliancePair pair = CompliancePair.create(admin);
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/frameworks/" + pair.a() + "/compliance");

        assertThat(browser.text()).contains("No completed assessment you may read feeds this posture");
        browser.screenshot("compliance-posture-empty").assertAccessible();
    }
}
