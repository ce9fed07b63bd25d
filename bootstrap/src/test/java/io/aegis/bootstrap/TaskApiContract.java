package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.TASKS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/tasks} and the gaps of assessments over real HTTP against the real wiring, on each database. Each
 * test titles its tasks with a marker of its own and lists them with {@code q=}, so that tests share the database
 * without seeing each other's tasks. A refused request answers problem+json and changes nothing.
 */
abstract class TaskApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/tasks";

    private Api readOnly;
    private long adminId;
    private long framework;
    private final Map<String, Long> controls = new HashMap<>();

    @BeforeAll
    void importTheSampleCatalogAndSignInAReader() {
        readOnly = newReader();
        adminId = admin.get("/api/v1/me").json().get("id").asLong();
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", "Tasked " + UUID.randomUUID()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        framework = imported.json().get("framework_id").asLong();
        admin.get("/api/v1/frameworks/" + framework + "/controls?limit=500").json().get("items").forEach(control ->
                controls.put(control.get("control_id").asText(), control.get("id").asLong()));
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode created(String body) {
        Api.Response response = admin.post(PATH, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(PATH + "/" + response.json().get("id").asLong()));
        assertThat(response.header("ETag")).isPresent();
        return response.json();
    }

    private long idOf(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private List<String> titles(String query) {
        Api.Response response = readOnly.get(PATH + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        response.json().get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private JsonNode move(long id, String to) {
        Api.Response moved = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"" + to + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    private List<String> comments(Api caller, long id, String query) {
        Api.Response response = caller.get(PATH + "/" + id + "/comments" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        response.json().get("items").forEach(item -> texts.add(item.get("comment_type").asText() + ": "
                + item.get("comment").asText()));
        return texts;
    }

    private List<String> auditActions(String resourceType, long id) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq(resourceType), AUDIT_LOGS.RESOURCE_ID.eq((int) id),
                        AUDIT_LOGS.OUTCOME.eq("success"))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    /** Refused, with every task and comment as it was. */
    private void assertRefusedAndUnchanged(Supplier<Api.Response> request, int status, String code) {
        assertRefusedAndUnchanged(request, status, code, TASKS, TASK_COMMENTS);
    }

    @Test
    void a_task_created_without_a_due_date_is_due_as_the_sla_says_for_its_priority() {
        String m = marker();
        JsonNode medium = created("{\"title\": \"" + m + " defaults\"}");
        JsonNode critical = created("{\"title\": \"" + m + " urgent\", \"priority\": \"critical\","
                + " \"task_type\": \"review\", \"tags\": [\"vpn\"], \"custom_fields\": {\"ticket\": \"OPS-1\"}}");
        JsonNode dated = created("{\"title\": \"" + m + " dated\", \"due_date\": \"2030-01-31T00:00:00Z\"}");

        assertThat(medium.get("status").asText()).isEqualTo("open");
        assertThat(medium.get("priority").asText()).isEqualTo("medium");
        assertThat(medium.get("task_type").asText()).isEqualTo("remediation");
        assertThat(medium.get("progress_percentage").asInt()).isZero();
        assertThat(medium.get("created_by_id").asLong()).isEqualTo(adminId);
        assertThat(medium.get("is_overdue").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.parse(medium.get("created_at").asText()),
                Instant.parse(medium.get("due_date").asText()))).isEqualTo(Duration.ofDays(90));
        assertThat(Duration.between(Instant.parse(critical.get("created_at").asText()),
                Instant.parse(critical.get("due_date").asText()))).isEqualTo(Duration.ofDays(7));
        assertThat(critical.get("tags").get(0).asText()).isEqualTo("vpn");
        assertThat(critical.get("custom_fields").get("ticket").asText()).isEqualTo("OPS-1");
        assertThat(dated.get("due_date").asText()).isEqualTo("2030-01-31T00:00:00.000Z");
        assertThat(readOnly.get(PATH + "/" + medium.get("id").asLong()).json()).isEqualTo(medium);
        assertThat(auditActions("task", medium.get("id").asLong())).containsExactly("task.create");
    }

    @Test
    void every_filter_narrows_the_list() {
        String m = marker();
        long asset = idOf(admin.post("/api/v1/assets", "{\"name\": \"" + m + " gateway\","
                + " \"asset_type\": \"server\"}"));
        long risk = idOf(admin.post("/api/v1/risks", "{\"title\": \"" + m + " breach\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 2, \"inherent_impact\": 3}"));
        created("{\"title\": \"" + m + " late\", \"due_date\": \"2020-01-01T00:00:00Z\", \"priority\": \"high\","
                + " \"assigned_to_id\": " + adminId + ", \"risk_id\": " + risk + "}");
        long lateButDone = created("{\"title\": \"" + m + " late but done\", \"due_date\": \"2020-01-01T00:00:00Z\","
                + " \"asset_id\": " + asset + "}").get("id").asLong();
        created("{\"title\": \"" + m + " later\", \"priority\": \"low\", \"control_id\": "
                + controls.get("AC-1") + "}");
        move(lateButDone, "in_progress");
        move(lateButDone, "in_review");
        move(lateButDone, "done");
        String q = "?q=" + m + "&sort=title";

        assertThat(titles(q)).containsExactly(m + " late", m + " late but done", m + " later");
        assertThat(titles(q + "&overdue=true")).containsExactly(m + " late");
        assertThat(readOnly.get(PATH + q + "&overdue=true").json().get("items").get(0).get("is_overdue")
                .asBoolean()).isTrue();
        assertThat(titles(q + "&assigned_to_id=" + adminId)).containsExactly(m + " late");
        assertThat(titles(q + "&status=open")).containsExactly(m + " late", m + " later");
        assertThat(titles(q + "&status=done,in_review")).containsExactly(m + " late but done");
        assertThat(titles(q + "&priority=low")).containsExactly(m + " later");
        assertThat(titles(q + "&risk_id=" + risk)).containsExactly(m + " late");
        assertThat(titles(q + "&asset_id=" + asset)).containsExactly(m + " late but done");
        assertThat(titles(q + "&control_id=" + controls.get("AC-1"))).containsExactly(m + " later");
        assertThat(titles("?q=" + m + "&sort=-priority,title"))
                .containsExactly(m + " late", m + " late but done", m + " later");
        assertThat(titles(q + "&limit=1&offset=1")).containsExactly(m + " late but done");
        assertThat(readOnly.get(PATH + q + "&limit=1").json().get("total").asLong()).isEqualTo(3);
        assertThat(readOnly.get(PATH + "?status=closed").status()).isEqualTo(400);
        assertThat(readOnly.get(PATH + "?overdue=yes").status()).isEqualTo(400);
        assertThat(readOnly.get(PATH + "?colour=red").status()).isEqualTo(400);
    }

    @Test
    void the_workflow_keeps_progress_and_completed_date_consistent_and_records_every_move() {
        long id = created("{\"title\": \"" + marker() + " workflow\"}").get("id").asLong();

        assertRefusedAndUnchanged(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"done\"}"), 422,
                "illegal_transition");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"done\"}").json().get("allowed"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("in_progress", "blocked", "cancelled");
        JsonNode started = move(id, "in_progress");
        assertThat(started.get("start_date").isNull()).isFalse();
        Api.Response progressed = admin.patch(PATH + "/" + id, "{\"progress_percentage\": 60}");
        assertThat(progressed.json().get("progress_percentage").asInt()).isEqualTo(60);
        move(id, "in_review");
        JsonNode done = move(id, "done");
        assertThat(done.get("progress_percentage").asInt()).isEqualTo(100);
        assertThat(done.get("completed_date").asText()).isEqualTo(done.get("updated_at").asText());
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"progress_percentage\": 50}"), 422,
                "done_is_complete");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"progress_percentage\": 101}"), 400,
                "invalid_value");
        JsonNode reopened = move(id, "in_progress");
        assertThat(reopened.get("completed_date").isNull()).isTrue();
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();
        move(id, "cancelled");
        assertRefusedAndUnchanged(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"open\"}"), 422,
                "illegal_transition");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"title\": \"again\"}", "If-Match", etag),
                412, "stale_version");
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"title\": \"again\"}"), 422,
                "task_cancelled");

        assertThat(comments(admin, id, "")).containsExactly(
                "status_change: Status changed from open to in_progress",
                "status_change: Status changed from in_progress to in_review",
                "status_change: Status changed from in_review to done",
                "status_change: Status changed from done to in_progress",
                "status_change: Status changed from in_progress to cancelled");
        assertThat(auditActions("task", id)).containsExactly("task.create", "task.transition", "task.update",
                "task.transition", "task.transition", "task.transition", "task.transition");
        assertRefusedAndUnchanged(() -> readOnly.post(PATH + "/" + id + "/transitions", "{\"to\": \"open\"}"), 403,
                "forbidden");
    }

    @Test
    void an_assignee_change_is_recorded_and_internal_comments_are_kept_from_external_eyes() {
        long id = created("{\"title\": \"" + marker() + " talk\"}").get("id").asLong();
        long reader = readOnly.get("/api/v1/me").json().get("id").asLong();

        JsonNode assigned = admin.patch(PATH + "/" + id, "{\"assigned_to_id\": " + reader + "}").json();
        assertThat(assigned.get("assigned_to_id").asLong()).isEqualTo(reader);
        Api.Response internal = admin.post(PATH + "/" + id + "/comments", "{\"comment\": \"between us\"}");
        assertThat(internal.status()).as(internal.toString()).isEqualTo(201);
        assertThat(internal.json().get("is_internal").asBoolean()).isTrue();
        assertThat(internal.json().get("created_by").asLong()).isEqualTo(adminId);
        Api.Response shared = admin.post(PATH + "/" + id + "/comments", "{\"comment\": \"for the auditor\","
                + " \"is_internal\": false}");
        assertThat(shared.status()).isEqualTo(201);

        assertThat(comments(admin, id, "")).containsExactly(
                "status_change: Assignee changed from nobody to user " + reader,
                "comment: between us", "comment: for the auditor");
        assertThat(comments(admin, id, "?external=true")).containsExactly(
                "status_change: Assignee changed from nobody to user " + reader, "comment: for the auditor");
        assertThat(comments(readOnly, id, "")).containsExactly(
                "status_change: Assignee changed from nobody to user " + reader, "comment: for the auditor");
        assertThat(auditActions("task_comment", internal.json().get("id").asLong())).containsExactly("task.comment");
        assertRefusedAndUnchanged(() -> readOnly.post(PATH + "/" + id + "/comments", "{\"comment\": \"x\"}"), 403,
                "forbidden");
        assertRefusedAndUnchanged(() -> admin.post(PATH + "/" + id + "/comments", "{\"comment\": \" \"}"), 400,
                "invalid_value");
        assertRefusedAndUnchanged(() -> admin.post(PATH + "/999999/comments", "{\"comment\": \"x\"}"), 404,
                "not_found");
        assertThat(admin.get(PATH + "/999999/comments").status()).isEqualTo(404);
    }

    @Test
    void links_and_the_assignee_must_name_what_exists() {
        String t = "\"title\": \"" + marker() + " links\"";

        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"risk_id\": 999999}"), 422, "unknown_risk");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"asset_id\": 999999}"), 422, "unknown_asset");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"assessment_id\": 999999}"), 422,
                "unknown_assessment");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"control_id\": 999999}"), 422,
                "unknown_control");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"assigned_to_id\": 999999}"), 422,
                "unknown_user");
        long id = created("{" + t + "}").get("id").asLong();
        assertRefusedAndUnchanged(() -> admin.patch(PATH + "/" + id, "{\"risk_id\": 999999}"), 422, "unknown_risk");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{" + t + ", \"priority\": \"urgent\"}"), 400,
                "invalid_value");
        assertRefusedAndUnchanged(() -> admin.post(PATH, "{\"priority\": \"low\"}"), 400, "invalid_value");
        assertRefusedAndUnchanged(() -> readOnly.post(PATH, "{" + t + "}"), 403, "forbidden");
        assertThat(admin.get(PATH + "/999999").status()).isEqualTo(404);
    }

    @Test
    void a_task_links_only_a_risk_or_asset_its_creator_may_read() {
        UnitActors units = UnitActors.create(anonymous, admin);
        // alice reads the risks and assets of unit A only, and works tasks for the whole organisation
        units.grantAliceEverywhere("task:read", "task:write");
        long assetOfA = idOf(admin.post("/api/v1/assets", "{\"name\": \"Tasked " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitA() + "}"));
        long assetOfB = idOf(admin.post("/api/v1/assets", "{\"name\": \"Hidden " + UUID.randomUUID()
                + "\", \"asset_type\": \"server\", \"org_unit_id\": " + units.unitB() + "}"));
        long riskOfB = idOf(admin.post("/api/v1/risks", "{\"title\": \"Hidden " + UUID.randomUUID()
                + "\", \"category\": \"technical\", \"org_unit_id\": " + units.unitB() + "}"));
        String t = "\"title\": \"" + marker() + " scoped\"";

        assertRefusedAndUnchanged(() -> units.analystOfA().post(PATH, "{" + t + ", \"asset_id\": " + assetOfB + "}"),
                422, "unknown_asset");
        assertRefusedAndUnchanged(() -> units.analystOfA().post(PATH, "{" + t + ", \"risk_id\": " + riskOfB + "}"),
                422, "unknown_risk");
        assertThat(units.analystOfA().post(PATH, "{" + t + ", \"asset_id\": " + assetOfA + "}").status())
                .isEqualTo(201);
        assertThat(admin.post(PATH, "{" + t + ", \"risk_id\": " + riskOfB + "}").status()).isEqualTo(201);
    }

    @Test
    void offers_of_the_same_gaps_at_once_make_each_task_once() throws Exception {
        long assessment = idOf(admin.post("/api/v1/assessments", "{\"name\": \"Race " + UUID.randomUUID()
                + "\", \"assessment_type\": \"internal\", \"framework_id\": " + framework + "}"));
        for (String label : List.of("AC-1", "AC-2", "AU-6")) {
            assertThat(admin.put("/api/v1/assessments/" + assessment + "/controls/" + controls.get(label),
                    "{\"implementation_status\": \"not_implemented\"}").status()).isEqualTo(200);
        }
        for (String to : List.of("in_progress", "under_review", "completed")) {
            admin.post("/api/v1/assessments/" + assessment + "/transitions", "{\"to\": \"" + to + "\"}");
        }
        ExecutorService offers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(offers.submit(() -> admin.post("/api/v1/assessments/" + assessment + "/gaps/tasks", "")));
            }
            for (Future<Api.Response> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).status()).isIn(200, 201, 409, 503);
            }
        } finally {
            offers.shutdownNow();
        }

        assertThat(probe.dsl().fetchCount(TASKS, TASKS.ASSESSMENT_ID.eq((int) assessment))).isEqualTo(3);
    }

    @Test
    void a_completed_assessment_offers_one_remediation_task_per_gap_and_never_two() {
        long assessment = idOf(admin.post("/api/v1/assessments", "{\"name\": \"Gaps " + UUID.randomUUID()
                + "\", \"assessment_type\": \"internal\", \"framework_id\": " + framework + "}"));
        String evaluations = "/api/v1/assessments/" + assessment + "/controls/";
        assertThat(admin.put(evaluations + controls.get("AC-1"), "{\"implementation_status\": \"implemented\"}")
                .status()).isEqualTo(200);
        assertThat(admin.put(evaluations + controls.get("AC-2"), "{\"implementation_status\": \"not_implemented\","
                + " \"findings\": \"No leaver process\", \"recommendations\": \"Automate it\"}").status())
                .isEqualTo(200);
        assertThat(admin.put(evaluations + controls.get("AC-2(1)"), "{\"implementation_status\":"
                + " \"partially_implemented\"}").status()).isEqualTo(200);
        String gapTasks = "/api/v1/assessments/" + assessment + "/gaps/tasks";

        assertRefusedAndUnchanged(() -> admin.post(gapTasks, ""), 422, "assessment_not_completed");
        for (String to : List.of("in_progress", "under_review", "completed")) {
            assertThat(admin.post("/api/v1/assessments/" + assessment + "/transitions", "{\"to\": \"" + to + "\"}")
                    .status()).isEqualTo(200);
        }
        assertRefusedAndUnchanged(() -> readOnly.post(gapTasks, ""), 403, "forbidden");
        Api.Response made = admin.post(gapTasks, "");

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonNode created = made.json().get("created");
        assertThat(created).hasSize(2);
        assertThat(created.get(0).get("title").asText()).startsWith("Remediate AC-2 ");
        assertThat(created.get(0).get("priority").asText()).isEqualTo("high");
        assertThat(created.get(0).get("description").asText()).contains("No leaver process", "Automate it");
        assertThat(created.get(0).get("control_id").asLong()).isEqualTo(controls.get("AC-2"));
        assertThat(created.get(0).get("assessment_id").asLong()).isEqualTo(assessment);
        assertThat(created.get(0).get("task_type").asText()).isEqualTo("remediation");
        assertThat(created.get(1).get("title").asText()).startsWith("Remediate AC-2(1)");
        assertThat(created.get(1).get("priority").asText()).isEqualTo("medium");
        assertThat(Duration.between(Instant.parse(created.get(0).get("created_at").asText()),
                Instant.parse(created.get(0).get("due_date").asText()))).isEqualTo(Duration.ofDays(30));
        assertThat(auditActions("task", created.get(0).get("id").asLong())).containsExactly("task.create_gaps");

        Api.Response again = admin.post(gapTasks, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created")).isEmpty();
        assertThat(again.json().get("already_present")).extracting(gap -> gap.get("task_id").asLong())
                .containsExactly(created.get(0).get("id").asLong(), created.get(1).get("id").asLong());
        assertThat(probe.dsl().fetchCount(TASKS, TASKS.ASSESSMENT_ID.eq((int) assessment))).isEqualTo(2);
        JsonNode gaps = readOnly.get("/api/v1/assessments/" + assessment + "/gaps").json().get("items");
        assertThat(gaps).extracting(gap -> gap.get("control_label").asText()).containsExactly("AC-2", "AC-2(1)");
        assertThat(gaps.get(0).get("task_id").asLong()).isEqualTo(created.get(0).get("id").asLong());
        assertThat(titles("?assessment_id=" + assessment + "&sort=id")).hasSize(2);
        assertThat(admin.post("/api/v1/assessments/999999/gaps/tasks", "").status()).isEqualTo(404);
    }
}
