package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The web interface as a person uses it, in a real headless Chromium: signing in and out, the forced password change,
 * the dashboard, a page refused for want of a permission. Every main page is checked by axe-core and kept as a
 * screenshot under target/screenshots.
 */
class WebInterfaceBrowserTest extends BrowserContract {

    @Test
    void a_visitor_signs_in_sees_the_dashboard_and_signs_out() {
        browser.open("/");
        assertThat(browser.location()).isEqualTo("/sign-in");
        browser.screenshot("sign-in").assertAccessible();

        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        assertThat(browser.heading()).isEqualTo("Dashboard");
        assertThat(browser.findAll("table.heatmap")).hasSize(2);
        browser.screenshot("dashboard").assertAccessible();
        browser.resize(360, 800).screenshot("dashboard-360px").assertAccessible().resize(1280, 900);

        browser.click("form[action='/sign-out'] button");
        assertThat(browser.location()).isEqualTo("/sign-in?signed-out");
        assertThat(browser.text()).contains("You have signed out.");
        browser.open("/");
        assertThat(browser.location()).isEqualTo("/sign-in");
    }

    @Test
    void a_wrong_password_is_refused_in_words_and_the_username_is_kept() {
        browser.open("/sign-in");
        browser.type("username", "admin").type("password", "not the password at all").submit("#password");

        assertThat(browser.find(".form-errors").getText()).contains("The username or the password is not correct.");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("admin");
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        browser.screenshot("sign-in-refused").assertAccessible();
    }

    @Test
    void repeated_wrong_passwords_are_throttled_with_a_message_that_says_how_long_to_wait() {
        String name = newUser(role("risk:read"), false);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(name, "wrong password " + attempt);
            assertThat(browser.find(".form-errors").getText()).contains("not correct");
        }

        signIn(name, PASSWORD);

        assertThat(browser.find(".form-errors").getText()).matches("(?s).*Too many failed sign-ins.*Try again in "
                + "(a minute|\\d+ minutes)\\..*");
        assertThat(browser.location()).startsWith("/sign-in");
    }

    @Test
    void a_user_an_administrator_created_chooses_a_password_before_anything_else() {
        String name = newUser(role("risk:read"), true);
        signIn(name, PASSWORD);
        assertThat(browser.location()).isEqualTo("/account/password");
        browser.open("/");
        assertThat(browser.location()).as("no other page first").isEqualTo("/account/password");

        browser.type("current_password", PASSWORD).type("new_password", "a brand new passphrase 42")
                .type("confirm_password", "a different passphrase 42").submit("#confirm_password");
        assertThat(browser.find("#confirm_password-error").getText()).contains("does not match");
        assertThat(browser.find("#confirm_password").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("password-refused").assertAccessible();

        browser.type("current_password", PASSWORD).type("new_password", "a brand new passphrase 42")
                .type("confirm_password", "a brand new passphrase 42").submit("#confirm_password");
        assertThat(browser.text()).contains("Your password is changed.");
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Dashboard");
    }

    @Test
    void a_page_the_user_may_not_see_is_refused_in_words() {
        String name = newUser(role("asset:read"), false);
        signIn(name, PASSWORD);

        assertThat(browser.heading()).isEqualTo("Forbidden");
        assertThat(browser.text()).contains("risk:read", "Your roles do not allow this.");
        assertThat(browser.findAll("nav a")).extracting(link -> link.getText()).doesNotContain("Dashboard", "Risks");
        browser.screenshot("forbidden").assertAccessible();
    }

    @Test
    void a_risk_recorded_through_the_forms_is_rated_moved_through_its_lifecycle_and_the_heat_map_follows() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        long cellBefore = inherentCell("4-5");
        String title = "Ransomware on the file servers " + suffix();

        browser.open("/risks/new").screenshot("risk-new").assertAccessible();
        browser.type("title", title).choose("category", "technical").type("inherent_likelihood", "9")
                .type("inherent_impact", "5").submit("#title");
        assertThat(browser.find("#inherent_likelihood-error").getText()).isNotBlank();
        assertThat(browser.find("#title").getAttribute("value")).as("what was typed is kept").isEqualTo(title);
        browser.screenshot("risk-new-refused").assertAccessible();
        browser.type("inherent_likelihood", "4").submit("#title");

        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.find(".status").getText()).isEqualTo("Identified");
        browser.screenshot("risk").assertAccessible();
        assertThat(inherentCell("4-5")).as("the open risk counts in its cell").isEqualTo(cellBefore + 1);

        String page = risksPage(title);
        for (String status : new String[] {"assessed", "mitigating", "monitoring", "closed"}) {
            browser.open(page);
            assertThat(browser.findAll("button[name='to']")).extracting(button -> button.getAttribute("value"))
                    .as("the moves open now").contains(status).doesNotContain("accepted");
            browser.click("button[name='to'][value='" + status + "']");
            assertThat(browser.find(".status").getText()).isEqualToIgnoringCase(status);
        }
        assertThat(inherentCell("4-5")).as("a closed risk leaves the map of open risks").isEqualTo(cellBefore);
    }

    @Test
    void the_register_shows_the_view_its_url_names_and_exports_the_same() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String tag = "Phishing " + suffix();
        for (String suffix : new String[] {" one", " two"}) {
            assertThat(admin.post("/api/v1/risks", "{\"title\": \"" + tag + suffix + "\","
                    + " \"category\": \"operational\", \"inherent_likelihood\": 2, \"inherent_impact\": 3}")
                    .status()).isEqualTo(201);
        }

        browser.open("/risks?q=" + tag.replace(' ', '+') + "&sort=title");
        assertThat(browser.findAll("tbody tr")).extracting(row -> row.findElement(
                By.cssSelector("td a")).getText()).containsExactly(tag + " one", tag + " two");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo(tag);
        assertThat(browser.find("a[download]").getAttribute("href")).contains("/risks/export.csv?q=");
        browser.screenshot("register").assertAccessible();
        browser.open("/").screenshot("dashboard-with-risks");

        browser.open("/risks?q=" + tag.replace(' ', '+') + "&limit=1");
        assertThat(browser.text()).contains("Risks 1 to 1 of 2");
        browser.click("a[rel='next']");
        assertThat(browser.location()).contains("offset=1");
        assertThat(browser.findAll("tbody tr")).hasSize(1);
    }

    @Test
    void an_asset_is_added_through_the_form_and_a_csv_import_reports_every_row(@TempDir Path files) throws Exception {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String name = "file-server-" + suffix();

        browser.open("/assets/new").screenshot("asset-new").assertAccessible();
        browser.type("name", name).submit("#name");
        assertThat(browser.find("#asset_type-error").getText()).isNotBlank();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(name);
        browser.choose("asset_type", "server").choose("criticality", "high").type("hostname", name + ".corp")
                .submit("#name");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text()).contains("High criticality", name + ".corp", "No open risk");
        browser.screenshot("asset").assertAccessible();

        Path csv = Files.writeString(files.resolve("assets.csv"), "name,asset_type,criticality\r\n"
                + name + "-db,database,critical\r\n" + name + "-bad,toaster,high\r\n");
        browser.open("/assets/import");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.submit("#file");
        assertThat(browser.find("[role='status']").getText()).contains("1 rows accepted, 1 refused");
        assertThat(browser.findAll(".outcome-refused")).hasSize(1);
        assertThat(browser.find(".outcome-refused").getText()).contains("asset_type");
        browser.screenshot("asset-import-report").assertAccessible();

        browser.open("/assets?q=" + name + "&sort=name");
        assertThat(browser.findAll("tbody tr td a")).extracting(link -> link.getText())
                .containsExactly(name, name + "-db");
        browser.screenshot("assets").assertAccessible();
    }

    @Test
    void an_edit_made_while_someone_else_changed_the_risk_is_refused_in_words_and_nothing_is_lost() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String title = "Supplier outage " + suffix();
        Api.Response created = admin.post("/api/v1/risks", "{\"title\": \"" + title + "\","
                + " \"category\": \"operational\"}");
        long id = created.json().get("id").asLong();

        browser.open("/risks/" + id + "/edit").screenshot("risk-edit").assertAccessible();
        browser.type("title", title + " (mine)");
        assertThat(admin.patch("/api/v1/risks/" + id, "{\"title\": \"" + title + " (theirs)\"}").status())
                .isEqualTo(200);
        browser.submit("#title");

        assertThat(browser.find(".form-errors").getText()).contains("Someone else changed this risk");
        assertThat(browser.find(".theirs").getText()).contains(title + " (theirs)");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo(title + " (mine)");
        assertThat(admin.get("/api/v1/risks/" + id).json().get("title").asText()).isEqualTo(title + " (theirs)");
        browser.screenshot("risk-edit-conflict").assertAccessible();

        browser.submit("#title");
        assertThat(browser.heading()).isEqualTo(title + " (mine)");
        assertThat(browser.findAll("#audit ~ .table-wrap tbody tr, section[aria-labelledby='audit'] tbody tr"))
                .extracting(row -> row.getText()).anyMatch(text -> text.contains("risk.update"));
    }

    /** The dashboard's count in the inherent heat map's cell "likelihood-impact". */
    private long inherentCell(String cell) {
        browser.open("/");
        return Long.parseLong(browser.find("#heatmap-inherent td[data-cell='" + cell + "'] .count").getText());
    }

    private String risksPage(String title) {
        browser.open("/risks?q=" + title.replace(' ', '+'));
        return browser.find("tbody tr td a").getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }
}
