package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/risks} over real HTTP against the real wiring, on each database. Every refused request must
 * answer problem+json and change nothing: no risk, no score, no audit entry. Tests share one database, so
 * each one marks its risks with a unique word in the title and filters on it.
 */
abstract class RiskApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/risks";

    private long adminId;

    @BeforeAll
    void whoAmI() {
        adminId = admin.get("/api/v1/me").json().get("id").asLong();
    }

    // ---- create and read -------------------------------------------------------------------------------------

    @Test
    void create_answers_201_with_location_etag_and_every_computed_field() {
        String tag = tag();
        Api.Response created = admin.post(PATH, """
                {"title": "  Ransomware %s ", "category": "technical", "description": "Encrypts shares",
                 "inherent_likelihood": 4, "inherent_impact": 5, "residual_likelihood": 2, "residual_impact": 4,
                 "affected_systems": ["files", "FILES", "backup"], "tags": ["ransomware"],
                 "custom_fields": {"ticket": "SEC-1", "cost": 12000, "insured": true},
                 "treatment_strategy": "mitigate", "control_effectiveness": "partial", "owner_id": %d,
                 "ai_confidence_score": 80, "source_reference": "RFC-9"}""".formatted(tag, adminId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode risk = created.json();
        assertThat(risk.get("title").asText()).isEqualTo("Ransomware " + tag);
        assertThat(risk.get("risk_matrix_id").asLong()).isEqualTo(1);
        assertThat(risk.get("inherent_risk_score").asDouble()).isEqualTo(20);
        assertThat(risk.get("inherent_risk_level").asText()).isEqualTo("critical");
        assertThat(risk.get("residual_risk_score").asDouble()).isEqualTo(8);
        assertThat(risk.get("residual_risk_level").asText()).isEqualTo("medium");
        assertThat(risk.get("risk_level").asText()).isEqualTo("medium");
        assertThat(risk.get("status").asText()).isEqualTo("identified");
        assertThat(risk.get("is_active").asBoolean()).isTrue();
        assertThat(risk.has("active")).isFalse();
        assertThat(risk.get("created_by").asLong()).isEqualTo(adminId);
        assertThat(risk.get("affected_systems")).extracting(JsonNode::asText).containsExactly("files", "backup");
        assertThat(risk.get("custom_fields").get("cost").asLong()).isEqualTo(12000);
        assertThat(risk.get("custom_fields").get("insured").asBoolean()).isTrue();
        Instant identified = Instant.parse(risk.get("identified_date").asText());
        assertThat(Instant.parse(risk.get("next_review_date").asText()))
                .isEqualTo(identified.plus(Duration.ofDays(180)));
        assertThat(risk.get("last_review_date").isNull()).isTrue();
        assertThat(created.header("Location")).contains(PATH + "/" + risk.get("id").asLong());
        assertThat(created.header("ETag")).isPresent();

        Api.Response fetched = admin.get(PATH + "/" + risk.get("id").asLong());
        // a read names the owner and the asset and judges the treatment gap; the answer to the write leaves them null
        assertThat(fetched.json().get("owner_name").asText()).isEqualTo("admin");
        assertThat(fetched.json().get("treatment_gap").asBoolean()).isFalse();
        assertThat(risk.get("treatment_gap").isNull()).isTrue();
        List<String> readOnly = List.of("owner_name", "asset_name", "treatment_gap");
        JsonNode unnamed = ((ObjectNode) fetched.json()).without(readOnly);
        assertThat(unnamed).isEqualTo(((ObjectNode) risk.deepCopy()).without(readOnly));
        assertThat(fetched.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void every_change_is_audited_once_and_scores_are_kept_in_history() {
        long before = auditRows();
        long risk = create(tag(), "operational", 3, 3);
        assertThat(admin.patch(PATH + "/" + risk, "{\"inherent_impact\": 4}").status()).isEqualTo(200);
        assertThat(admin.patch(PATH + "/" + risk, "{\"description\": \"no score change\"}").status()).isEqualTo(200);
        assertThat(admin.post(PATH + "/" + risk + "/scores", """
                {"inherent_likelihood": 3, "inherent_impact": 4, "residual_likelihood": 2, "residual_impact": 2,
                 "likelihood_rationale": "seen at peers", "scoring_methodology": "FAIR"}""").status()).isEqualTo(201);
        assertThat(admin.post(PATH + "/" + risk + "/transitions", "{\"to\": \"assessed\", \"reason\": \"scored\"}")
                .status()).isEqualTo(200);
        assertThat(admin.delete(PATH + "/" + risk).status()).isEqualTo(204);

        assertThat(auditRows() - before).isEqualTo(6);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk"), AUDIT_LOGS.RESOURCE_ID.eq((int) risk))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION)).containsExactly("risk.create", "risk.update",
                "risk.update", "risk.score", "risk.transition", "risk.deactivate");
        assertThat(probe.dsl().select(AUDIT_LOGS.NEW_VALUES).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.ACTION.eq("risk.transition"), AUDIT_LOGS.RESOURCE_ID.eq((int) risk))
                .fetchOne(AUDIT_LOGS.NEW_VALUES)).contains("\"reason\":\"scored\"");

        JsonNode history = admin.get(PATH + "/" + risk + "/scores").json();
        assertThat(history.get("total").asLong()).isEqualTo(4);
        assertThat(history.get("items")).extracting(item -> item.get("score_type").asText() + " "
                        + item.get("total_score").asInt() + " " + item.get("scoring_methodology").asText())
                .containsExactly("residual 4 FAIR", "inherent 12 FAIR", "inherent 12 Standard 5x5",
                        "inherent 9 Standard 5x5");
        assertThat(history.get("items").get(0).get("likelihood_rationale").asText()).isEqualTo("seen at peers");
        assertThat(history.get("items").get(0).get("scored_by").asLong()).isEqualTo(adminId);
        JsonNode page = admin.get(PATH + "/" + risk + "/scores?limit=1&offset=3").json();
        assertThat(page.get("items")).singleElement().satisfies(item ->
                assertThat(item.get("total_score").asInt()).isEqualTo(9));
    }

    @Test
    void a_rescoring_is_a_review_that_moves_the_review_date() {
        long id = create(tag(), "financial", 5, 5);

        JsonNode scored = admin.post(PATH + "/" + id + "/scores",
                "{\"inherent_likelihood\": 1, \"inherent_impact\": 1}").json();

        Instant reviewed = Instant.parse(scored.get("last_review_date").asText());
        assertThat(scored.get("risk_level").asText()).isEqualTo("low");
        assertThat(Instant.parse(scored.get("next_review_date").asText())).isEqualTo(reviewed.plus(Duration.ofDays(365)));
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @Test
    void a_risk_walks_its_lifecycle_closing_sets_the_resolution_date_and_reopening_clears_it() {
        long id = create(tag(), "strategic", 2, 2);
        for (String status : List.of("assessed", "mitigating", "monitoring", "closed")) {
            Api.Response moved = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().get("status").asText()).isEqualTo(status);
        }
        JsonNode closed = admin.get(PATH + "/" + id).json();
        assertThat(closed.get("actual_resolution_date").isNull()).isFalse();
        assertThat(closed.get("next_review_date").isNull()).isTrue();

        JsonNode reopened = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\"}").json();
        assertThat(reopened.get("actual_resolution_date").isNull()).isTrue();
        assertThat(reopened.get("status").asText()).isEqualTo("assessed");
    }

    @Test
    void an_illegal_move_is_422_naming_the_allowed_ones_and_changes_nothing() {
        long id = create(tag(), "compliance", 2, 2);

        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/transitions",
                "{\"to\": \"closed\", \"reason\": \"done\"}"), 422);

        assertThat(refused.json().get("code").asText()).isEqualTo("illegal_transition");
        assertThat(refused.json().get("allowed")).extracting(JsonNode::asText).containsExactly("assessed");
        assertThat(admin.get(PATH + "/" + id).json().get("status").asText()).isEqualTo("identified");
    }

    // acceptance (an owner, a rationale, an approved acceptance request): RiskGovernanceApiContract

    // ---- lists, filters, heat map ----------------------------------------------------------------------------

    @Test
    void list_filters_sorts_and_pages_in_the_database() {
        String tag = tag();
        long low = create(tag, "technical", 1, 2);
        long critical = create(tag, "technical", 5, 5);
        long medium = create(tag, "financial", 2, 3);
        admin.post(PATH + "/" + medium + "/transitions", "{\"to\": \"assessed\"}");
        admin.patch(PATH + "/" + low, "{\"owner_id\": " + adminId + "}");

        assertThat(ids("?q=" + tag + "&sort=-risk_level")).containsExactly(critical, medium, low);
        assertThat(ids("?q=RISK%20" + tag.toUpperCase(java.util.Locale.ROOT) + "&sort=-risk_level"))
                .containsExactly(critical, medium, low);
        assertThat(ids("?q=" + tag + "&sort=risk_level")).containsExactly(low, medium, critical);
        assertThat(ids("?q=" + tag + "&sort=-inherent_risk_score&limit=2")).containsExactly(critical, medium);
        assertThat(ids("?q=" + tag + "&sort=id&limit=2&offset=2")).containsExactly(medium);
        assertThat(admin.get(PATH + "?q=" + tag + "&limit=1").json().get("total").asLong()).isEqualTo(3);
        assertThat(ids("?q=" + tag + "&category=technical&sort=id")).containsExactly(low, critical);
        assertThat(ids("?q=" + tag + "&status=assessed")).containsExactly(medium);
        assertThat(ids("?q=" + tag + "&risk_level=critical")).containsExactly(critical);
        assertThat(ids("?q=" + tag + "&owner_id=" + adminId)).containsExactly(low);
        assertThat(ids("?q=" + tag + "&created_by=" + adminId + "&risk_matrix_id=1&sort=id"))
                .containsExactly(low, critical, medium);
        assertThat(ids("?q=" + tag + "&identified_from=2000-01-01T00:00:00Z&identified_to=2000-01-02T00:00:00Z"))
                .isEmpty();

        admin.delete(PATH + "/" + low);
        assertThat(ids("?q=" + tag + "&sort=id")).containsExactly(critical, medium);
        assertThat(ids("?q=" + tag + "&sort=id&include_inactive=true")).containsExactly(low, critical, medium);
    }

    @Test
    void a_cursor_walks_the_whole_list_in_the_order_of_the_offsets_ties_and_unscored_risks_included() {
        String tag = tag();
        for (String title : List.of("b", "B", "a", "c", "A", "b")) {
            assertThat(admin.post(PATH, "{\"title\": \"" + title + " " + tag + "\", \"category\": \"technical\", "
                    + "\"inherent_likelihood\": 2, \"inherent_impact\": 3}").status()).isEqualTo(201);
        }
        create(tag, "technical", 4, 4, ", \"residual_likelihood\": 1, \"residual_impact\": 2");
        create(tag, "technical", 5, 5, ", \"residual_likelihood\": 1, \"residual_impact\": 2");
        probe.dsl().update(RISKS).setNull(RISKS.INHERENT_LIKELIHOOD).setNull(RISKS.INHERENT_IMPACT)
                .setNull(RISKS.INHERENT_RISK_SCORE).setNull(RISKS.RISK_LEVEL)
                .where(RISKS.TITLE.eq("c " + tag)).execute();

        for (String sort : List.of("title", "-title", "-inherent_risk_score", "inherent_risk_score",
                "residual_risk_score,-title", "risk_level", "-created_at")) {
            List<Long> byOffset = ids("?q=" + tag + "&sort=" + sort);
            List<Long> byCursor = new java.util.ArrayList<>();
            String query = "?q=" + tag + "&sort=" + sort + "&limit=3";
            JsonNode page = admin.get(PATH + query).json();
            while (true) {
                assertThat(page.get("total").asLong()).isEqualTo(8);
                page.get("items").forEach(item -> byCursor.add(item.get("id").asLong()));
                if (page.get("next_cursor").isNull()) {
                    break;
                }
                Api.Response next = admin.get(PATH + query + "&cursor=" + page.get("next_cursor").asText());
                assertThat(next.status()).as(next.toString()).isEqualTo(200);
                page = next.json();
            }
            assertThat(byCursor).as(sort).hasSize(8).isEqualTo(byOffset);
        }
    }

    @Test
    void a_cursor_of_another_order_or_filter_with_an_offset_or_forged_is_400() {
        String tag = tag();
        create(tag, "technical", 1, 2);
        create(tag, "technical", 2, 2);
        String cursor = admin.get(PATH + "?q=" + tag + "&sort=id&limit=1").json().get("next_cursor").asText();
        assertThat(admin.get(PATH + "?q=" + tag + "&sort=id&limit=1&cursor=" + cursor).status()).isEqualTo(200);

        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("\"k\":\\[\"[0-9]+\"", "\"k\":[\"one\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String query : List.of("?q=" + tag + "&sort=-id&limit=1&cursor=" + cursor,
                "?q=" + tag + "x&sort=id&limit=1&cursor=" + cursor,
                "?q=" + tag + "&sort=id&limit=1&offset=1&cursor=" + cursor,
                "?q=" + tag + "&sort=id&limit=1&cursor=" + forged,
                "?q=" + tag + "&sort=id&limit=1&cursor=bm90IGpzb24",
                "?q=" + tag + "&sort=id&limit=1&cursor=%25%25")) {
            Api.Response refused = admin.get(PATH + query);
            assertProblem(refused, 400);
            assertThat(refused.body()).contains("cursor");
        }
        assertThat(forged).isNotEqualTo(cursor);
    }

    @Test
    void review_overdue_lists_open_risks_past_their_review_date() {
        String tag = tag();
        String longAgo = Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS).toString();
        long overdue = create(tag, "technical", 1, 1, ", \"identified_date\": \"" + longAgo + "\"");
        create(tag, "technical", 1, 1);
        long closedLongAgo = create(tag, "technical", 1, 1, ", \"identified_date\": \"" + longAgo + "\"");
        for (String status : List.of("assessed", "mitigating", "monitoring", "closed")) {
            admin.post(PATH + "/" + closedLongAgo + "/transitions", "{\"to\": \"" + status + "\"}");
        }

        assertThat(ids("?q=" + tag + "&review_overdue=true")).containsExactly(overdue);
        assertThat(ids("?q=" + tag + "&review_overdue=false")).hasSize(3);
    }

    @Test
    void the_heatmap_counts_risks_per_cell_of_the_default_matrix_honouring_the_filters() {
        String tag = tag();
        create(tag, "technical", 5, 5);
        create(tag, "technical", 5, 5, ", \"residual_likelihood\": 1, \"residual_impact\": 2");
        create(tag, "financial", 1, 2);

        JsonNode inherent = admin.get(PATH + "/heatmap?q=" + tag).json();
        assertThat(inherent.get("risk_matrix_id").asLong()).isEqualTo(1);
        assertThat(inherent.get("score_type").asText()).isEqualTo("inherent");
        assertThat(inherent.get("likelihood_levels")).hasSize(5);
        assertThat(inherent.get("impact_levels").get(4).get("name").asText()).isEqualTo("Severe");
        assertThat(inherent.get("cells")).hasSize(25);
        assertThat(inherent.get("total").asLong()).isEqualTo(3);
        assertThat(cell(inherent, 5, 5).get("count").asLong()).isEqualTo(2);
        assertThat(cell(inherent, 5, 5).get("risk_level").asText()).isEqualTo("critical");
        assertThat(cell(inherent, 5, 5).get("color").asText()).isEqualTo("#C62828");
        assertThat(cell(inherent, 5, 5).get("score").asDouble()).isEqualTo(25);
        assertThat(cell(inherent, 1, 2).get("count").asLong()).isEqualTo(1);

        JsonNode residual = admin.get(PATH + "/heatmap?score_type=residual&q=" + tag).json();
        assertThat(residual.get("total").asLong()).isEqualTo(1);
        assertThat(cell(residual, 1, 2).get("count").asLong()).isEqualTo(1);

        JsonNode technical = admin.get(PATH + "/heatmap?risk_matrix_id=1&category=technical&q=" + tag).json();
        assertThat(technical.get("total").asLong()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score_type=both", "sort=title", "limit=5", "frobnicate=1",
        "category=cyber", "identified_from=yesterday"})
    void bad_heatmap_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "/heatmap?" + query), 400);
    }

    @Test
    void a_heatmap_of_an_unknown_matrix_is_422() {
        Api.Response response = admin.get(PATH + "/heatmap?risk_matrix_id=999999");
        assertProblem(response, 422);
        assertThat(response.json().get("code").asText()).isEqualTo("unknown_risk_matrix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "limit=0", "limit=501", "offset=-1", "sort=colour", "sort=title,title",
        "category=cyber", "status=open", "risk_level=extreme", "asset_id=0", "owner_id=abc",
        "risk_matrix_id=-1", "identified_from=2026-13-01", "review_overdue=yes", "include_inactive=1"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    // ---- refused input -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 0, \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 6, \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 6}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"residual_likelihood\": 6, \"residual_impact\": 1}",
        "{\"title\": \"t\", \"category\": \"cyber\", \"inherent_likelihood\": 3, \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"treatment_strategy\": \"ignore\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"control_effectiveness\": \"great\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"residual_likelihood\": 2}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"status\": \"closed\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"risk_level\": \"low\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"ai_confidence_score\": 101}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"custom_fields\": {\"nested\": {\"a\": 1}}}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"tags\": \"not a list\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"identified_date\": \"2999-01-01T00:00:00Z\"}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3.5, \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": \"3\", \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3}",
        "{\"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3}",
        "{\"title\": \"t\", \"category\": \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3,"
                + " \"asset_id\": 0}",
        "{}",
        "not json",
    })
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void a_likelihood_outside_the_matrix_names_the_field_and_the_range() {
        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, "{\"title\": \"t\", \"category\":"
                + " \"technical\", \"inherent_likelihood\": 6, \"inherent_impact\": 3}"), 400);

        assertThat(response.json().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("inherent_likelihood");
            assertThat(error.get("message").asText()).isEqualTo("must be between 1 and 5");
        });
    }

    @Test
    void a_six_by_six_matrix_scores_level_six_and_refuses_seven() {
        Api.Response matrix = admin.post("/api/v1/risk-matrices", RiskMatrixApiContract.body("Six by six", 6, 6, false));
        assertThat(matrix.status()).as(matrix.body()).isEqualTo(201);
        long matrixId = matrix.json().get("id").asLong();

        Api.Response created = admin.post(PATH, "{\"title\": \"Worst case\", \"category\": \"technical\","
                + " \"risk_matrix_id\": " + matrixId + ", \"inherent_likelihood\": 6, \"inherent_impact\": 6,"
                + " \"residual_likelihood\": 6, \"residual_impact\": 5}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("inherent_risk_score").asDouble()).isEqualTo(36.0);
        assertThat(created.json().get("residual_risk_score").asDouble()).isEqualTo(30.0);
        assertThat(created.json().get("risk_level").asText()).isEqualTo("critical");
        Api.Response seven = assertUnchangedBy(() -> admin.post(PATH, "{\"title\": \"t\", \"category\":"
                + " \"technical\", \"risk_matrix_id\": " + matrixId + ", \"inherent_likelihood\": 7,"
                + " \"inherent_impact\": 6}"), 400);
        assertThat(seven.json().get("errors").get(0).get("message").asText()).isEqualTo("must be between 1 and 6");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"risk_matrix_id\": 999999|unknown_risk_matrix",
        "\"residual_likelihood\": 4, \"residual_impact\": 4|residual_above_inherent",
        "\"asset_id\": 999999|unknown_asset",
        "\"owner_id\": 999999|unknown_owner",
    })
    void broken_rules_and_unknown_references_are_422_and_change_nothing(String spec) {
        String[] parts = spec.split("\\|");
        Api.Response response = assertUnchangedBy(() -> admin.post(PATH, "{\"title\": \"t\", \"category\":"
                + " \"technical\", \"inherent_likelihood\": 3, \"inherent_impact\": 3, " + parts[0] + "}"), 422);

        assertThat(response.json().get("code").asText()).isEqualTo(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\": \"closed\"}", "{\"inherent_likelihood\": 0}", "{\"inherent_likelihood\": null}",
        "{\"title\": null}", "{\"identified_date\": \"2020-01-01T00:00:00Z\"}", "{\"next_review_date\": null}",
        "{\"residual_likelihood\": 1}", "{\"category\": \"cyber\"}", "{\"risk_matrix_id\": null}", "{}"})
    void malformed_patches_are_400_and_change_nothing(String body) {
        long id = create(tag(), "technical", 3, 3);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, body), 400);
    }

    @Test
    void a_patch_raising_the_residual_above_the_inherent_score_is_422_and_changes_nothing() {
        long id = create(tag(), "technical", 3, 3, ", \"residual_likelihood\": 2, \"residual_impact\": 2");

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"inherent_likelihood\": 1}"), 422);
        assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/scores",
                "{\"inherent_likelihood\": 2, \"inherent_impact\": 2, \"residual_likelihood\": 3,"
                        + " \"residual_impact\": 3}"), 422);
        assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/scores",
                "{\"inherent_likelihood\": 9, \"inherent_impact\": 2}"), 400);
        assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"frozen\"}"), 400);
    }

    @Test
    void patch_with_a_stale_if_match_is_412_and_changes_nothing() {
        long id = create(tag(), "technical", 3, 3);
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();
        assertThat(admin.patch(PATH + "/" + id, "{\"title\": \"first\"}", "If-Match", etag).status()).isEqualTo(200);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"title\": \"second\"}", "If-Match", etag), 412);
        assertThat(admin.get(PATH + "/" + id).json().get("title").asText()).isEqualTo("first");
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertProblem(admin.get(PATH + "/999999"), 404);
        assertProblem(admin.get(PATH + "/abc"), 400);
        assertProblem(admin.get(PATH + "/999999/scores"), 404);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"title\": \"x\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
        assertUnchangedBy(() -> admin.post(PATH + "/999999/transitions", "{\"to\": \"assessed\"}"), 404);
        assertUnchangedBy(() -> admin.post(PATH + "/999999/scores",
                "{\"inherent_likelihood\": 1, \"inherent_impact\": 1}"), 404);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private long create(String tag, String category, int likelihood, int impact) {
        return create(tag, category, likelihood, impact, "");
    }

    private long create(String tag, String category, int likelihood, int impact, String extra) {
        Api.Response created = admin.post(PATH, "{\"title\": \"Risk " + tag + " " + UUID.randomUUID()
                + "\", \"category\": \"" + category + "\", \"inherent_likelihood\": " + likelihood
                + ", \"inherent_impact\": " + impact + extra + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private List<Long> ids(String query) {
        Api.Response response = admin.get(PATH + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(response.json().get("items").spliterator(), false)
                .map(item -> item.get("id").asLong()).toList();
    }

    static JsonNode cell(JsonNode heatmap, int likelihood, int impact) {
        for (JsonNode cell : heatmap.get("cells")) {
            if (cell.get("likelihood").asInt() == likelihood && cell.get("impact").asInt() == impact) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + likelihood + "x" + impact);
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long risks = probe.dsl().fetchCount(RISKS);
        long scores = probe.dsl().fetchCount(RISK_SCORES);
        String lastChange = probe.dsl().select(DSL.max(RISKS.UPDATED_AT)).from(RISKS).fetchOne(0, String.class);
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(RISKS)).as("risks").isEqualTo(risks);
        assertThat(probe.dsl().fetchCount(RISK_SCORES)).as("scores").isEqualTo(scores);
        assertThat(probe.dsl().select(DSL.max(RISKS.UPDATED_AT)).from(RISKS).fetchOne(0, String.class))
                .as("last change").isEqualTo(lastChange);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    private static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ", "insert ");
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
