package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administration pages as an administrator uses them, in a real headless Chromium: the index, roles created and
 * changed through their form, users created with roles by checkbox, their roles changed and deactivation, and the
 * refusal of those pages to a user without the permission. Every main page is checked by axe-core and kept as a
 * screenshot under target/screenshots.
 */
class AdministrationBrowserTest extends BrowserContract {

    @Test
    void the_index_lists_what_the_administrator_may_administer() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.click("nav a[href='/admin']");

        assertThat(browser.heading()).isEqualTo("Administration");
        assertThat(browser.findAll("main li a")).extracting(WebElement::getText).containsExactly("Users", "Roles",
                "Audit log", "Risk matrices");
        browser.screenshot("admin").assertAccessible();
    }

    @Test
    void a_matrix_shows_its_grid_with_each_cells_score_and_level_in_words() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.open("/admin/risk-matrices").screenshot("admin-matrices").assertAccessible();
        browser.click("tbody tr td a");

        assertThat(browser.heading()).isEqualTo("Standard 5x5");
        assertThat(browser.findAll("#matrix-grid tbody td")).hasSize(25);
        assertThat(browser.find("#matrix-grid tbody tr:first-child td:last-child").getText())
                .contains("25", "Critical");
        browser.screenshot("admin-matrix").assertAccessible();
    }

    @Test
    void a_role_is_created_and_changed_through_its_form_with_permission_checkboxes() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String name = "auditors-" + suffix();

        browser.open("/admin/roles/new").screenshot("admin-role-new").assertAccessible();
        tick("permissions", "risk:read");
        browser.type("description", "Read the register").submit("#name");
        assertThat(browser.find("#name-error").getText()).isNotBlank();
        assertThat(browser.find("#description").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Read the register");
        assertThat(ticked("permissions", "risk:read")).isTrue();
        browser.screenshot("admin-role-refused").assertAccessible();

        browser.type("name", name).submit("#name");
        assertThat(browser.heading()).isEqualTo("Role " + name);
        assertThat(ticked("permissions", "risk:read")).isTrue();
        assertThat(ticked("permissions", "audit:read")).isFalse();

        tick("permissions", "audit:read");
        browser.submit("#name");
        assertThat(ticked("permissions", "audit:read")).as("the change is kept").isTrue();
        assertThat(admin.get("/api/v1/roles?q=" + name).json().get("items").get(0).get("permissions").toString())
                .contains("risk:read", "audit:read");

        long id = admin.get("/api/v1/roles?q=" + name).json().get("items").get(0).get("id").asLong();
        assertThat(admin.patch("/api/v1/roles/" + id, "{\"description\": \"Changed meanwhile\"}").status())
                .isEqualTo(200);
        tick("permissions", "asset:read");
        browser.submit("#name");
        assertThat(browser.find(".form-errors").getText()).as("a change made meanwhile is not overwritten")
                .contains("Someone else changed this role", "It now grants: risk:read, audit:read",
                        "its description reads: Changed meanwhile");
        assertThat(admin.get("/api/v1/roles/" + id).json().get("permissions").toString()).doesNotContain("asset:read");
        assertThat(ticked("permissions", "asset:read")).as("what was typed is kept").isTrue();
        browser.submit("#name");
        assertThat(admin.get("/api/v1/roles/" + id).json().get("permissions").toString())
                .as("saved again over the version shown").contains("asset:read");

        browser.open("/admin/roles").screenshot("admin-roles").assertAccessible();
        assertThat(browser.text()).contains(name, "Read the register");
    }

    @Test
    void a_user_is_created_with_roles_changed_and_deactivated() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String role = newRole("risk:read");
        String username = "web-" + suffix();

        browser.open("/admin/users/new");
        assertThat(browser.find("input[name='must_change_password']").isSelected()).as("on by default").isTrue();
        browser.screenshot("admin-user-new").assertAccessible();
        browser.type("username", username).type("email", "not an address").type("password", PASSWORD);
        tickLabelled("role_ids", role);
        browser.submit("#username");
        assertThat(browser.find("#email-error").getText()).isNotBlank();
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
        assertThat(browser.find("#password").getAttribute("value")).as("never sent back").isEmpty();
        assertThat(labelled("role_ids", role).isSelected()).as("the role stays ticked").isTrue();
        browser.screenshot("admin-user-refused").assertAccessible();

        browser.type("email", username + "@example.com").type("password", PASSWORD).submit("#username");
        assertThat(browser.heading()).isEqualTo(username);
        assertThat(browser.text()).contains("Must be changed at the next sign-in");
        assertThat(labelled("role_ids", role).isSelected()).isTrue();
        browser.screenshot("admin-user").assertAccessible();

        labelled("role_ids", role).click();
        browser.submit("form[action$='/roles'] button");
        assertThat(labelled("role_ids", role).isSelected()).as("the role is removed").isFalse();

        browser.click("form[action$='/deactivate'] button");
        assertThat(browser.find(".status").getText()).isEqualTo("Deactivated");

        browser.open("/admin/users?q=" + username + "&include_inactive=true");
        assertThat(browser.findAll("tbody tr")).hasSize(1);
        assertThat(browser.find("tbody tr").getText()).contains(username, "Deactivated");
        browser.screenshot("admin-users").assertAccessible();
    }

    @Test
    void a_password_reset_shows_the_generated_password_once_and_the_user_must_change_it() {
        String username = newUser(role("risk:read"), false);
        long id = admin.get("/api/v1/users?q=" + username).json().get("items").get(0).get("id").asLong();
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/admin/users/" + id).type("new_password", "short").submit("#new_password");
        assertThat(browser.find("#new_password-error").getText()).isNotBlank();
        assertThat(browser.findAll("#generated-password")).isEmpty();

        browser.type("new_password", "").submit("#new_password");
        String generated = browser.find("#generated-password").getAttribute("value");
        assertThat(generated).isNotBlank();
        assertThat(browser.text()).contains("Must be changed at the next sign-in");
        browser.screenshot("admin-user-password-reset").assertAccessible();
        browser.open("/admin/users/" + id);
        assertThat(browser.findAll("#generated-password")).as("shown once").isEmpty();
        assertThat(browser.find("main").getAttribute("innerHTML")).doesNotContain(generated);

        browser.forgetCookies();
        signIn(username, PASSWORD);
        assertThat(browser.find(".form-errors").getText()).as("the old password is gone").contains("not correct");
        signIn(username, generated);
        assertThat(browser.heading()).isEqualTo("Change your password");
    }

    @Test
    void a_user_without_user_read_is_refused_the_users_page_and_sees_no_administration() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String role = newRole("risk:read");
        String username = "web-" + suffix();
        browser.open("/admin/users/new").type("username", username).type("email", username + "@example.com")
                .type("password", PASSWORD);
        browser.find("input[name='must_change_password']").click();
        tickLabelled("role_ids", role);
        browser.submit("#username");
        assertThat(browser.text()).contains("Chosen by the user");

        browser.forgetCookies();
        signIn(username, PASSWORD);
        assertThat(browser.findAll("nav a")).extracting(WebElement::getText).doesNotContain("Administration");
        browser.open("/admin/users");
        assertThat(browser.heading()).isEqualTo("Forbidden");
        assertThat(browser.text()).contains("user:read");
        browser.screenshot("admin-forbidden").assertAccessible();
    }

    @Test
    void an_api_key_shows_its_secret_once_works_and_stops_working_when_revoked() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        String name = "cmdb-import-" + suffix();
        browser.click(".account a[href='/account/api-keys']");
        assertThat(browser.heading()).isEqualTo("Your API keys");
        browser.screenshot("api-keys").assertAccessible();

        tick("permissions", "risk:read");
        browser.submit("#name");
        assertThat(browser.find("#name-error").getText()).isNotBlank();
        assertThat(browser.findAll("#secret")).isEmpty();
        assertThat(ticked("permissions", "risk:read")).as("what was ticked is kept").isTrue();
        browser.screenshot("api-key-refused").assertAccessible();
        browser.type("name", name).submit("#name");
        String secret = browser.find("#secret").getAttribute("value");
        assertThat(secret).isNotBlank();
        browser.screenshot("api-key-created").assertAccessible();
        Api key = anonymous.withCredential(secret);
        assertThat(key.get("/api/v1/risks").status()).as("the key works, within its scope").isEqualTo(200);
        assertThat(key.get("/api/v1/assets").status()).isEqualTo(403);

        browser.open("/account/api-keys");
        assertThat(browser.findAll("#secret")).as("shown once").isEmpty();
        assertThat(browser.find("main").getAttribute("innerHTML")).doesNotContain(secret);
        assertThat(browser.text()).contains(name, "risk:read");

        browser.click("form[action$='/revoke'] button");
        assertThat(browser.text()).contains("Revoked");
        assertThat(key.get("/api/v1/risks").status()).as("revoked").isEqualTo(401);
    }

    @Test
    void the_audit_log_shows_the_view_its_url_names_and_verifies_the_chain() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        newRole("risk:read");
        newRole("asset:read");
        aegis.sealAuditTrail();

        browser.open("/admin/audit");
        browser.type("action", "role.create").submit("#action");
        assertThat(browser.location()).as("empty filters left out of the URL").isEqualTo("/admin/audit?action=role.create");
        assertThat(browser.findAll("tbody tr")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(row.getText()).contains("role.create", "Success"));
        assertThat(browser.find("#action").getAttribute("value")).isEqualTo("role.create");
        browser.screenshot("audit-log").assertAccessible();

        browser.open("/admin/audit?action=role.create&limit=1");
        assertThat(browser.findAll("tbody tr")).hasSize(1);
        browser.click("a[rel='next']");
        assertThat(browser.location()).contains("offset=1");
        assertThat(browser.findAll("tbody tr")).hasSize(1);

        browser.click("form[action='/admin/audit/verify'] button");
        assertThat(browser.find(".verification").getText()).contains("The chain is intact.");
        browser.screenshot("audit-verified").assertAccessible();
    }

    /** A role made through the roles form; returns its name. */
    private String newRole(String permission) {
        String name = "role-" + suffix();
        browser.open("/admin/roles/new").type("name", name);
        tick("permissions", permission);
        browser.submit("#name");
        assertThat(browser.heading()).isEqualTo("Role " + name);
        return name;
    }

    private void tick(String name, String value) {
        browser.find("input[name='" + name + "'][value='" + value + "']").click();
    }

    private boolean ticked(String name, String value) {
        return browser.find("input[name='" + name + "'][value='" + value + "']").isSelected();
    }

    private void tickLabelled(String name, String label) {
        WebElement box = labelled(name, label);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** The checkbox {@code name} whose label reads {@code label}. */
    private WebElement labelled(String name, String label) {
        return browser.findAll("fieldset label").stream().filter(each -> each.getText().strip().equals(label))
                .findFirst().orElseThrow().findElement(By.cssSelector("input[name='" + name + "']"));
    }
}
