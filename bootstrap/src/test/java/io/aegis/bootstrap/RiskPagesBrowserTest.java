package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The risk matrix editor and the dashboard's most exposed assets, in a real headless Chromium: a matrix created
 * through the form with its grid previewed while typing (htmx) and after the Preview button (the path without
 * script), refusals next to the fields they name, a matrix renamed, frozen once in use, refused after someone else
 * changed it, retired, the default kept; the editor refused without matrix:write; and an asset carrying the risk of
 * what it critically depends on. Every new page is checked by axe-core and kept as a screenshot.
 */
class RiskPagesBrowserTest extends BrowserContract {

    private static final String PREVIEW_GRID = "#matrix-preview #matrix-grid";
    private static final String LIKELIHOOD_NAMES = "#matrix-editor input[name^='likelihood_levels'][name$='.name']";
    private static final String IMPACT_NAMES = "#matrix-editor input[name^='impact_levels'][name$='.name']";

    @Test
    void a_three_by_four_matrix_is_created_through_the_form_its_preview_following_the_scores_typed() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String name = "Three by four " + suffix();
        browser.open("/admin/risk-matrices");
        browser.click("a[href='/admin/risk-matrices/new']");
        assertThat(browser.heading()).isEqualTo("New risk matrix");
        assertThat(browser.findAll(PREVIEW_GRID + " tbody td")).as("a new matrix starts from the standard 5 x 5")
                .hasSize(25);
        browser.screenshot("matrix-new").assertAccessible();

        browser.choose("likelihood_count", "3").waitForCount(LIKELIHOOD_NAMES, 3);
        browser.choose("impact_count", "4").waitForCount(IMPACT_NAMES, 4).waitForCount(PREVIEW_GRID + " tbody td", 12);
        browser.type("name", name).type("likelihood_levels[2].name", "Often")
                .waitForText(PREVIEW_GRID + " tbody tr:first-child th", "Often");
        // the most likely row, the most severe column: 3 x 4 = 12, high; raised to 20, critical
        assertThat(cornerOfPreview()).contains("12", "High");
        browser.type("risk_scores[2][3]", "20").waitForText(PREVIEW_GRID + " tbody tr:first-child td:last-child", "20");
        assertThat(cornerOfPreview()).contains("20", "Critical");
        assertThat(browser.find(PREVIEW_GRID + " tbody tr:first-child th").getText()).isEqualTo("Often");
        browser.screenshot("matrix-new-preview").assertAccessible();

        browser.click("button[value='save']");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.findAll("#matrix-grid tbody td")).hasSize(12);
        assertThat(browser.find("#matrix-grid tbody tr:first-child td:last-child").getText()).contains("20",
                "Critical");
        assertThat(admin.get("/api/v1/risk-matrices?q=" + name.replace(' ', '+')).json().get("items").get(0)
                .get("risk_scores").toString()).isEqualTo("[[1,2,3,4],[2,4,6,8],[3,6,9,20]]");
    }

    @Test
    void the_preview_button_draws_the_grid_without_script_and_a_refusal_is_shown_next_to_its_field() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.open("/admin/risk-matrices/new").type("name", "Refused " + suffix());
        browser.type("risk_scores[4][4]", "30").type("risk_levels[3].max_score", "30");
        browser.click("button[value='preview']");
        assertThat(browser.heading()).as("the same form, drawn again by the server").isEqualTo("New risk matrix");
        assertThat(cornerOfPreview()).contains("30", "Critical");
        assertThat(browser.find("[id='risk_scores[4][4]']").getAttribute("value")).isEqualTo("30");

        browser.type("likelihood_levels[1].name", " ").click("button[value='save']");
        assertThat(browser.find("[id='likelihood_levels[1].name-error']").getText()).isNotBlank();
        assertThat(browser.find("[id='risk_scores[4][4]']").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("30");
        browser.screenshot("matrix-refused-field").assertAccessible();

        // a score below its left neighbour: the domain's scores_decreasing, next to the grid
        browser.type("likelihood_levels[1].name", "Unlikely").type("risk_scores[0][1]", "0.5");
        browser.click("button[value='save']");
        assertThat(browser.find("#risk_scores-error").getText()).startsWith("risk_scores:").contains("below");
        assertThat(browser.find("#matrix-preview").getText()).contains("cannot be drawn");
        browser.screenshot("matrix-refused-grid").assertAccessible();
    }

    @Test
    void a_matrix_is_renamed_frozen_once_in_use_kept_from_a_stale_save_and_retired_but_not_the_default() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        long id = matrix("Editable " + suffix());
        browser.open("/admin/risk-matrices/" + id).click("a[href$='/edit']");
        assertThat(browser.findAll(LIKELIHOOD_NAMES)).hasSize(3);
        String renamed = "Renamed " + suffix();
        browser.type("name", renamed).click("button[value='save']");
        assertThat(browser.heading()).isEqualTo(renamed);

        Api.Response risk = admin.post("/api/v1/risks", "{\"title\": \"On the matrix " + suffix() + "\","
                + " \"category\": \"technical\", \"risk_matrix_id\": " + id + ", \"inherent_likelihood\": 2,"
                + " \"inherent_impact\": 3}");
        assertThat(risk.status()).as(risk.body()).isEqualTo(201);
        browser.open("/admin/risk-matrices/" + id + "/edit");
        assertThat(browser.text()).contains("Risks are rated on this matrix");
        assertThat(browser.findAll("#matrix-editor")).as("only name, description and default are offered").isEmpty();
        browser.screenshot("matrix-edit-frozen").assertAccessible();

        assertThat(admin.patch("/api/v1/risk-matrices/" + id, "{\"description\": \"Changed meanwhile\"}").status())
                .isEqualTo(200);
        browser.type("name", "Too late " + suffix()).click("button[value='save']");
        assertThat(browser.find(".form-errors").getText()).contains("Someone else changed this matrix");
        assertThat(browser.find(".theirs").getText()).contains("Changed meanwhile");
        assertThat(admin.get("/api/v1/risk-matrices/" + id).json().get("name").asText()).isEqualTo(renamed);
        browser.screenshot("matrix-edit-conflict").assertAccessible();

        browser.open("/admin/risk-matrices/" + id).click("a[href$='/retire']");
        browser.screenshot("matrix-retire").assertAccessible();
        browser.click("form[action$='/retire'] button");
        assertThat(browser.heading()).isEqualTo("Risk matrices");
        assertThat(browser.text()).doesNotContain(renamed);
        assertThat(admin.get("/api/v1/risk-matrices/" + id).json().get("is_active").asBoolean()).isFalse();

        browser.open("/admin/risk-matrices/1/retire").click("form[action$='/retire'] button");
        assertThat(browser.find(".form-errors").getText()).contains("default matrix");
        assertThat(admin.get("/api/v1/risk-matrices/1").json().get("is_active").asBoolean()).isTrue();
    }

    @Test
    void a_reader_of_risks_sees_matrices_but_is_refused_the_editor() {
        String reader = newUser(role("risk:read"), false);
        signIn(reader, PASSWORD);
        browser.open("/admin/risk-matrices");
        assertThat(browser.findAll("a[href='/admin/risk-matrices/new']")).isEmpty();
        browser.open("/admin/risk-matrices/1");
        assertThat(browser.findAll("a[href$='/edit']")).isEmpty();

        browser.open("/admin/risk-matrices/new");
        assertThat(browser.heading()).isEqualTo("Forbidden");
        assertThat(browser.text()).contains("matrix:write");
        browser.open("/admin/risk-matrices/1/edit");
        assertThat(browser.heading()).isEqualTo("Forbidden");
        browser.screenshot("matrix-forbidden").assertAccessible();
    }

    @Test
    void the_dashboard_lists_the_asset_at_risk_and_the_one_critically_depending_on_it() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String database = "orders-db-" + suffix();
        String service = "orders-service-" + suffix();
        long db = asset(database);
        long app = asset(service);
        Api.Response relationship = admin.post("/api/v1/asset-relationships", "{\"source_asset_id\": " + app
                + ", \"target_asset_id\": " + db + ", \"relationship_type\": \"depends_on\","
                + " \"is_critical_dependency\": true}");
        assertThat(relationship.status()).as(relationship.body()).isEqualTo(201);
        Api.Response risk = admin.post("/api/v1/risks", "{\"title\": \"Orders leak " + suffix() + "\","
                + " \"category\": \"technical\", \"asset_id\": " + db + ", \"inherent_likelihood\": 5,"
                + " \"inherent_impact\": 5}");
        assertThat(risk.status()).as(risk.body()).isEqualTo(201);

        browser.open("/");
        List<String> listed = browser.findAll("#most-exposed-assets li").stream().map(WebElement::getText).toList();
        int at = listed.indexOf(listed.stream().filter(line -> line.contains(database)).findFirst().orElseThrow());
        assertThat(listed.get(at)).contains("Critical", "score 25", "1 open risk reaches it");
        assertThat(listed.get(at + 1)).contains(service, "Critical", "through a dependency");
        browser.click("#most-exposed-assets a[href='/assets/" + app + "']");
        assertThat(browser.heading()).isEqualTo(service);

        browser.open("/").screenshot("dashboard-most-exposed").assertAccessible();
    }

    private String cornerOfPreview() {
        return browser.find(PREVIEW_GRID + " tbody tr:first-child td:last-child").getText();
    }

    /** A 3 x 3 matrix made through the API; returns its id. */
    private long matrix(String name) {
        Api.Response created = admin.post("/api/v1/risk-matrices", RiskMatrixApiContract.body(name, 3, 3, false));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long asset(String name) {
        Api.Response created = admin.post("/api/v1/assets", "{\"name\": \"" + name + "\", \"asset_type\": \"server\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
