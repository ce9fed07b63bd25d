package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Issue #12's "for people" in a real headless Chromium: the pages work from the keyboard alone with a visible focus,
 * fit a 360 px wide screen without sideways scrolling, and print the register and the heat maps without the site's
 * navigation and forms.
 */
class PeopleBrowserTest extends BrowserContract {

    /** The elements reaching past the right edge of the window, for a failure's message. */
    private static final String TOO_WIDE = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8)"
            + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')";

    private static final List<String> MAIN_PAGES = List.of("/", "/risks", "/risks/new", "/assets", "/assets/import",
            "/frameworks", "/assessments", "/tasks", "/tasks/board", "/tasks/new", "/evidence", "/evidence/new",
            "/admin", "/admin/users", "/admin/audit", "/account/api-keys");

    @Test
    void a_person_signs_in_skips_to_the_content_and_searches_the_register_with_the_keyboard_alone() {
        browser.open("/sign-in");
        browser.find("#username").click();
        browser.press("admin", Keys.TAB, TestConfigs.ADMIN_PASSWORD).pressAndWait(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Dashboard");

        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).as("the first stop is the skip link").isEqualTo("Skip to the content");
        assertThat(browser.focused().getCssValue("outline-style")).as("the focus is visible").isNotEqualTo("none");
        browser.screenshot("keyboard-skip-link");
        browser.press(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("main");

        browser.open("/risks");
        for (int stop = 0; stop < 40 && !"q".equals(browser.focused().getAttribute("id")); stop++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focused().getAttribute("id")).as("the search field is reached by Tab").isEqualTo("q");
        browser.press("printer", Keys.ENTER).waitForLocation("q=printer");
        assertThat(browser.location()).startsWith("/risks?");
    }

    @Test
    void every_main_page_fits_a_360_px_wide_screen_without_scrolling_sideways() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.resize(360, 740);
        for (String page : MAIN_PAGES) {
            browser.open(page);
            assertThat(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s scrolls sideways at 360 px: %s", page, browser.evaluate(TOO_WIDE)).isEqualTo(true);
        }
        browser.open("/risks").screenshot("register-360px").assertAccessible();
    }

    @Test
    void the_register_and_the_heat_maps_print_without_navigation_or_forms() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        assertThat(admin.post("/api/v1/risks", "{\"title\": \"Printed " + suffix() + "\", \"category\":"
                + " \"technical\", \"inherent_likelihood\": 4, \"inherent_impact\": 5}").status()).isEqualTo(201);
        browser.media("print");
        try {
            browser.open("/risks");
            assertThat(browser.find(".site-header").isDisplayed()).isFalse();
            assertThat(browser.find("form.filters").isDisplayed()).isFalse();
            assertThat(browser.find("main table").isDisplayed()).isTrue();
            browser.screenshot("register-print");

            browser.open("/");
            assertThat(browser.findAll("table.heatmap")).hasSize(2).allMatch(table -> table.isDisplayed());
            browser.screenshot("dashboard-print");
        } finally {
            browser.media("screen");
        }
    }
}
