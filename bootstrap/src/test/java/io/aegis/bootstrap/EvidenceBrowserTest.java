package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence pages in a real browser: an upload through the form (the script sends it with a progress bar and
 * follows to the new evidence), the evidence's page with its integrity and where it is used, a link to a control
 * made there, and the Evidence sections of the control's page and of a task's it is attached to.
 */
class EvidenceBrowserTest extends BrowserContract {

    @Test
    void evidence_is_uploaded_through_the_form_linked_to_a_control_and_a_task_and_shown_on_both(@TempDir Path folder)
            throws Exception {
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", "Evidence pages " + suffix()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long control = admin.get("/api/v1/frameworks/" + imported.json().get("framework_id") + "/controls")
                .json().get("items").get(1).get("id").asLong();
        Path file = folder.resolve("access review.txt");
        Files.writeString(file, "Access review " + suffix() + ": every account justified.", StandardCharsets.UTF_8);
        String title = "Access review " + suffix();
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/evidence");
        browser.screenshot("evidence-list").assertAccessible();
        browser.click("main a[href='/evidence/new']");
        browser.screenshot("evidence-upload").assertAccessible();
        browser.type("title", title).type("evidence_type", "access review");
        browser.find("#file").sendKeys(file.toString());
        browser.click("form[data-upload] button[type=submit]");
        browser.waitForLocation("/evidence/");
        String evidencePage = browser.location();
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.text()).contains("intact", "access review.txt", "No control or task links");
        browser.screenshot("evidence-page").assertAccessible();

        browser.type("control_id", String.valueOf(control)).click("form[action$='/controls'] button");
        assertThat(browser.find("section[aria-labelledby='used']").getText()).contains("Controls", "AC-");
        browser.open("/controls/" + control);
        assertThat(browser.find("#evidence").getText()).isEqualTo("Evidence");
        assertThat(browser.text()).contains(title);
        browser.screenshot("control-evidence").assertAccessible();

        long task = admin.post("/api/v1/tasks", "{\"title\": \"Review access " + suffix() + "\"}").json().get("id")
                .asLong();
        browser.open(evidencePage);
        browser.type("task_id", String.valueOf(task)).click("form[action$='/tasks'] button");
        assertThat(browser.find("section[aria-labelledby='used']").getText()).contains("Tasks", "Review access");
        browser.click("section[aria-labelledby='used'] a[href='/tasks/" + task + "']");
        assertThat(browser.find("#evidence").getText()).isEqualTo("Evidence");
        assertThat(browser.text()).contains(title);
        browser.screenshot("task-evidence").assertAccessible();
    }

    @Test
    void a_refused_upload_shows_why_next_to_the_form() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.open("/evidence/new");
        browser.type("evidence_type", "report").type("title", " ");
        browser.evaluate("document.querySelector('#file').removeAttribute('required') || true");
        browser.evaluate("document.querySelector('#title').removeAttribute('required') || true");
        browser.click("form[data-upload] button[type=submit]");
        assertThat(browser.text()).contains("required");
        browser.screenshot("evidence-upload-refused").assertAccessible();
    }
}
