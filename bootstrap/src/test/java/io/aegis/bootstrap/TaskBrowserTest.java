package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Tasks in a real browser: my tasks with the overdue first, the board whose cards move by a button per allowed move
 * (from the keyboard too), a task's page with its comments and the auditor box, the new-task form, and the
 * remediation tasks a completed assessment offers from its workspace.
 */
class TaskBrowserTest extends BrowserContract {

    private long adminId() {
        return admin.get("/api/v1/me").json().get("id").asLong();
    }

    private long task(String body) {
        Api.Response created = admin.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void my_tasks_put_the_overdue_first_and_a_task_moves_comments_and_keeps_its_history() {
        String m = "Mine " + suffix();
        long me = adminId();
        task("{\"title\": \"" + m + " later\", \"assigned_to_id\": " + me + ", \"due_date\": \"2099-01-01T00:00:00Z\"}");
        long late = task("{\"title\": \"" + m + " late\", \"assigned_to_id\": " + me
                + ", \"due_date\": \"2020-01-01T00:00:00Z\", \"priority\": \"high\"}");
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/tasks?q=" + m.replace(' ', '+'));
        assertThat(browser.heading()).isEqualTo("My tasks");
        assertThat(browser.findAll("main tbody th")).extracting(cell -> cell.getText())
                .containsExactly(m + " late", m + " later");
        assertThat(browser.find("main tbody tr").getText()).contains("overdue");
        browser.screenshot("tasks-mine").assertAccessible();

        browser.click("main a[href='/tasks/" + late + "']");
        assertThat(browser.heading()).isEqualTo(m + " late");
        browser.click("button[value='in_progress']");
        assertThat(browser.find("#task-status").getText()).isEqualTo("in_progress");
        browser.type("comment", "Vendor patch on Friday").find("form[action$='/comments'] input[name='external']")
                .click();
        browser.submit("#comment");
        browser.type("comment", "Only for us").submit("#comment");
        assertThat(browser.find(".comments").getText()).contains("Status changed from open to in_progress",
                "Vendor patch on Friday", "visible to auditors", "Only for us", "internal");
        browser.type("progress_percentage", "40").submit("#progress_percentage");
        assertThat(browser.text()).contains("40%");
        browser.screenshot("task-page").assertAccessible();
        JsonNode external = admin.get("/api/v1/tasks/" + late + "/comments?external=true").json().get("items");
        assertThat(external).extracting(comment -> comment.get("comment").asText())
                .containsExactly("Status changed from open to in_progress", "Vendor patch on Friday");
    }

    @Test
    void the_board_moves_a_card_from_the_keyboard_alone() {
        String m = "Board " + suffix();
        long id = task("{\"title\": \"" + m + "\"}");
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/tasks/board?q=" + m.replace(' ', '+'));
        assertThat(browser.find("#column-open-title").getText()).contains("(1)");
        assertThat(browser.find("#task-" + id).getText()).contains(m);
        browser.screenshot("task-board").assertAccessible();
        browser.find("#task-" + id + " button[value='in_progress']").sendKeys(Keys.ENTER);
        browser.waitForText("#column-in_progress-title", "(1)");
        assertThat(browser.find("#column-open-title").getText()).contains("(0)");
        assertThat(browser.find("#column-in_progress").getText()).contains(m);
        assertThat(admin.get("/api/v1/tasks/" + id).json().get("status").asText()).isEqualTo("in_progress");
    }

    @Test
    void a_new_task_is_due_as_the_sla_says_and_a_refused_form_keeps_what_was_typed() {
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/tasks/new");
        browser.screenshot("task-new").assertAccessible();
        browser.type("title", "   ").type("description", "kept").submit("#title");
        assertThat(browser.findAll(".field.invalid")).isNotEmpty();
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("kept");
        String title = "New " + suffix();
        browser.type("title", title).choose("priority", "critical").submit("#title");
        assertThat(browser.heading()).isEqualTo(title);
        JsonNode made = admin.get("/api/v1/tasks?q=" + title.replace(' ', '+')).json().get("items").get(0);
        assertThat(made.get("priority").asText()).isEqualTo("critical");
        assertThat(made.get("due_date").isNull()).isFalse();
    }

    @Test
    void a_completed_assessment_offers_its_gaps_as_remediation_tasks() {
        String name = "Gaps " + suffix();
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", name));
        long assessment = admin.post("/api/v1/assessments", "{\"name\": \"" + name + "\", \"assessment_type\":"
                + " \"internal\", \"framework_id\": " + imported.json().get("framework_id") + "}").json().get("id")
                .asLong();
        JsonNode first = admin.get("/api/v1/assessments/" + assessment + "/controls").json().get("items").get(0);
        assertThat(admin.put("/api/v1/assessments/" + assessment + "/controls/" + first.get("control_id").asLong(),
                "{\"implementation_status\": \"not_implemented\"}").status()).isEqualTo(200);
        for (String to : new String[] {"in_progress", "under_review", "completed"}) {
            admin.post("/api/v1/assessments/" + assessment + "/transitions", "{\"to\": \"" + to + "\"}");
        }
        signIn("admin", TestConfigs.ADMIN_PASSWORD);

        browser.open("/assessments/" + assessment);
        browser.screenshot("assessment-gaps").assertAccessible();
        browser.click("form[action$='/gaps/tasks'] button");
        assertThat(browser.heading()).isEqualTo("Task board");
        assertThat(browser.find("#column-open").getText()).contains("Remediate " + first.get("control_label")
                .asText());
        browser.open("/assessments/" + assessment).click("form[action$='/gaps/tasks'] button");
        assertThat(admin.get("/api/v1/tasks?assessment_id=" + assessment).json().get("total").asLong()).isEqualTo(1);
    }
}
