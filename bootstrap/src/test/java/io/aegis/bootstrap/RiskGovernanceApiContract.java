package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_ACCEPTANCES;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_REVIEWS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's governance over real HTTP, on each database (issue #11): re-scoring changes what it names, matrices
 * need {@code matrix:write}, reviews are recorded, risks are accepted through acceptances decided with
 * {@code risk:accept}. Every refused request answers problem+json and changes nothing: no risk, score, review,
 * acceptance or audited change.
 */
abstract class RiskGovernanceApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/risks";
    private static final long ADMIN_ROLE = 1;
    private static final long ANALYST_ROLE = 2;

    private long adminId;

    @BeforeAll
    void whoAmI() {
        adminId = admin.get("/api/v1/me").json().get("id").asLong();
    }

    // ---- re-scoring ----------------------------------------------------------------------------------------------

    @Test
    void a_rescore_of_the_inherent_pair_keeps_the_residual_and_explicit_nulls_clear_it() {
        long id = risk(", \"inherent_likelihood\": 4, \"inherent_impact\": 4, \"residual_likelihood\": 2,"
                + " \"residual_impact\": 2");

        JsonNode kept = scored(id, "{\"inherent_likelihood\": 5, \"inherent_impact\": 4}");
        assertThat(kept.get("inherent_risk_score").asInt()).isEqualTo(20);
        assertThat(kept.get("residual_risk_score").asInt()).isEqualTo(4);
        assertThat(kept.get("risk_level").asText()).isEqualTo("low");

        JsonNode cleared = scored(id, "{\"inherent_likelihood\": 5, \"inherent_impact\": 4,"
                + " \"residual_likelihood\": null, \"residual_impact\": null}");
        assertThat(cleared.get("residual_risk_score").isNull()).isTrue();
        assertThat(cleared.get("risk_level").asText()).isEqualTo("critical");

        JsonNode history = admin.get(PATH + "/" + id + "/scores").json();
        assertThat(history.get("items")).extracting(item -> item.get("score_type").asText() + " "
                + item.get("total_score").asInt()).containsExactly("inherent 20", "residual 4", "inherent 20",
                "residual 4", "inherent 16");
    }

    @Test
    void a_rescore_that_would_leave_the_kept_residual_above_the_new_inherent_is_422_naming_it() {
        long id = risk(", \"inherent_likelihood\": 4, \"inherent_impact\": 4, \"residual_likelihood\": 3,"
                + " \"residual_impact\": 3");

        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/scores",
                "{\"inherent_likelihood\": 2, \"inherent_impact\": 2}"), 422);

        assertThat(refused.json().get("code").asText()).isEqualTo("residual_above_inherent");
        assertThat(refused.json().get("detail").asText()).contains("kept residual rating", "score 9",
                "inherent score 4");
    }

    @Test
    void a_residual_level_without_its_pair_is_400_and_changes_nothing() {
        long id = risk(", \"inherent_likelihood\": 4, \"inherent_impact\": 4");

        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/scores",
                "{\"inherent_likelihood\": 3, \"inherent_impact\": 3, \"residual_likelihood\": null}"), 400);

        assertThat(refused.body()).contains("residual_impact");
    }

    // ---- capture before analysis -----------------------------------------------------------------------------------

    @Test
    void a_risk_captured_without_scores_is_unscored_and_moves_only_once_scored() {
        Api.Response created = admin.post(PATH, "{\"title\": \"Unscored " + tag() + "\", \"category\": \"compliance\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode risk = created.json();
        long id = risk.get("id").asLong();
        assertThat(risk.get("scored").asBoolean()).isFalse();
        for (String field : List.of("risk_level", "inherent_likelihood", "inherent_impact", "inherent_risk_score",
                "inherent_risk_level", "residual_risk_score")) {
            assertThat(risk.get(field).isNull()).as(field).isTrue();
        }
        assertThat(Instant.parse(risk.get("next_review_date").asText()))
                .isEqualTo(Instant.parse(risk.get("identified_date").asText()).plus(Duration.ofDays(30)));
        // a read judges the treatment gap, which the answer to the write leaves null (RiskApiContract)
        JsonNode read = admin.get(PATH + "/" + id).json();
        assertThat(read.get("treatment_gap").asBoolean()).isFalse();
        JsonNode readWithoutGap = ((ObjectNode) read).without("treatment_gap");
        JsonNode writtenWithoutGap = ((ObjectNode) risk.deepCopy()).without("treatment_gap");
        assertThat(readWithoutGap).isEqualTo(writtenWithoutGap);
        assertThat(admin.get(PATH + "/" + id + "/scores").json().get("total").asInt()).isZero();
        assertThat(admin.patch(PATH + "/" + id, "{\"description\": \"still gathering facts\"}").json()
                .get("scored").asBoolean()).isFalse();

        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\"}"),
                422), "scores_required");
        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/bulk-transitions", "{\"ids\": [" + id + "],"
                + " \"to\": \"assessed\"}"), 422), "bulk_transition_refused");

        JsonNode scored = scored(id, "{\"inherent_likelihood\": 2, \"inherent_impact\": 4}");
        assertThat(scored.get("scored").asBoolean()).isTrue();
        assertThat(scored.get("risk_level").asText()).isEqualTo("medium");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\"}").json().get("status")
                .asText()).isEqualTo("assessed");
        assertCode(assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"inherent_likelihood\": null,"
                + " \"inherent_impact\": null}"), 422), "scores_required");
    }

    @Test
    void the_inherent_pair_comes_together_and_a_residual_pair_needs_it() {
        assertThat(assertUnchangedBy(() -> admin.post(PATH, "{\"title\": \"t\", \"category\": \"compliance\","
                + " \"inherent_impact\": 3}"), 400).body()).contains("inherent_likelihood");
        assertThat(assertUnchangedBy(() -> admin.post(PATH, "{\"title\": \"t\", \"category\": \"compliance\","
                + " \"residual_likelihood\": 1, \"residual_impact\": 1}"), 400).body()).contains("residual_likelihood");
    }

    // ---- matrices ------------------------------------------------------------------------------------------------

    @Test
    void changing_matrices_needs_matrix_write_which_risk_write_no_longer_gives() {
        Api analyst = user(ANALYST_ROLE);
        String body = RiskMatrixApiContract.body("Analyst matrix " + tag(), 3, 3, false);

        assertUnchangedBy(() -> analyst.post("/api/v1/risk-matrices", body), 403);
        assertUnchangedBy(() -> analyst.patch("/api/v1/risk-matrices/1", "{\"description\": \"mine\"}"), 403);
        assertUnchangedBy(() -> analyst.delete("/api/v1/risk-matrices/1"), 403);
        assertThat(analyst.post(PATH, "{\"title\": \"Analyst risk " + tag() + "\", \"category\": \"technical\","
                + " \"inherent_likelihood\": 1, \"inherent_impact\": 1}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/risk-matrices", body).status()).isEqualTo(201);
    }

    // ---- reviews -------------------------------------------------------------------------------------------------

    @Test
    void a_review_records_who_when_and_why_moves_the_review_dates_and_every_transition_is_recorded_too() {
        long id = risk(", \"inherent_likelihood\": 3, \"inherent_impact\": 3");

        Api.Response reviewed = admin.post(PATH + "/" + id + "/reviews", "{\"note\": \"  still relevant \"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        Instant at = Instant.parse(reviewed.json().get("last_review_date").asText());
        assertThat(Instant.parse(reviewed.json().get("next_review_date").asText()))
                .isEqualTo(at.plus(Duration.ofDays(180)));
        assertThat(reviewed.json().get("inherent_risk_score").asInt()).isEqualTo(9);
        JsonNode moved = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\", \"reason\": \"scored\"}")
                .json();
        assertThat(Instant.parse(moved.get("last_review_date").asText())).isAfter(at);

        JsonNode record = admin.get(PATH + "/" + id + "/reviews").json();
        assertThat(record.get("total").asInt()).isEqualTo(2);
        assertThat(record.get("items")).extracting(item -> item.get("kind").asText() + " " + item.get("note").asText()
                + " " + item.get("from_status").asText() + " " + item.get("to_status").asText())
                .containsExactly("transition scored identified assessed", "review still relevant null null");
        JsonNode review = record.get("items").get(1);
        assertThat(review.get("reviewed_by").asLong()).isEqualTo(adminId);
        assertThat(review.get("reviewed_at").asText()).isEqualTo(reviewed.json().get("last_review_date").asText());
        assertThat(review.get("next_review_date").asText()).isEqualTo(reviewed.json().get("next_review_date").asText());
        assertThat(admin.get(PATH + "/" + id + "/reviews?limit=1&offset=1").json().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("kind").asText()).isEqualTo("review"));
        assertThat(actions(id)).containsExactly("risk.create", "risk.review", "risk.transition");
    }

    @Test
    void refused_reviews_are_problems_and_change_nothing() {
        long id = risk(", \"inherent_likelihood\": 1, \"inherent_impact\": 1");
        for (String status : List.of("assessed", "mitigating", "monitoring", "closed")) {
            admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"" + status + "\"}");
        }

        assertThat(assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/reviews", "{}"), 422).json().get("code")
                .asText()).isEqualTo("risk_closed");
        assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/reviews", "{\"note\": \"" + "x".repeat(10_001) + "\"}"),
                400);
        assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/reviews", "{\"reviewed_at\": \"2020-01-01T00:00:00Z\"}"),
                400);
        assertUnchangedBy(() -> admin.post(PATH + "/999999/reviews", "{}"), 404);
        assertThat(admin.get(PATH + "/999999/reviews").status()).isEqualTo(404);
        assertThat(admin.get(PATH + "/" + id + "/reviews?sort=kind").status()).isEqualTo(400);
    }

    // ---- acceptances ----------------------------------------------------------------------------------------------

    @Test
    void an_approved_acceptance_accepts_the_risk_shows_on_its_read_and_bounds_its_next_review() {
        long id = acceptableRisk();
        String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();

        Api.Response asked = admin.post(PATH + "/" + id + "/acceptances", "{\"rationale\": \"insured until the"
                + " replacement\", \"expires_on\": \"" + expiry + "\", \"note\": \"see ticket 7\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        long acceptance = asked.json().get("id").asLong();
        assertThat(asked.header("Location")).contains(PATH + "/" + id + "/acceptances/" + acceptance);
        assertThat(asked.json().get("status").asText()).isEqualTo("pending");
        assertThat(asked.json().get("expires_at").asText()).isEqualTo(expiry + "T00:00:00.000Z");
        assertThat(asked.json().get("decided_by").isNull()).isTrue();
        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/acceptances", "{\"rationale\": \"again\","
                + " \"expires_on\": \"" + expiry + "\"}"), 409), "acceptance_pending");
        assertThat(admin.get(PATH + "/" + id).json().get("status").asText()).isEqualTo("assessed");

        Api.Response approved = admin.post(PATH + "/" + id + "/acceptances/" + acceptance + "/decision",
                "{\"decision\": \"approve\", \"note\": \"fine for now\"}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("approved");
        assertThat(approved.json().get("decided_by").asLong()).isEqualTo(adminId);
        assertThat(approved.json().get("decision_note").asText()).isEqualTo("fine for now");
        JsonNode risk = admin.get(PATH + "/" + id).json();
        assertThat(risk.get("status").asText()).isEqualTo("accepted");
        assertThat(risk.get("acceptance").get("id").asLong()).isEqualTo(acceptance);
        assertThat(risk.get("acceptance").get("decided_by").asLong()).isEqualTo(adminId);
        assertThat(risk.get("acceptance").get("decided_at").isNull()).isFalse();
        assertThat(risk.get("next_review_date").asText()).isEqualTo(expiry + "T00:00:00.000Z");
        assertThat(admin.post(PATH + "/" + id + "/reviews", "{}").json().get("next_review_date").asText())
                .isEqualTo(expiry + "T00:00:00.000Z");
        assertThat(admin.get(PATH + "/" + id + "/acceptances").json().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("status").asText()).isEqualTo("approved"));
        assertThat(admin.get(PATH + "/" + id + "/reviews").json().get("items")).anySatisfy(item ->
                assertThat(item.get("to_status").asText()).isEqualTo("accepted"));
        assertThat(actions(id)).contains("risk.transition");
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk_acceptance"), AUDIT_LOGS.RESOURCE_ID.eq((int) acceptance))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("risk.acceptance.request", "risk.acceptance.decide");

        assertCode(assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"owner_id\": null}"), 422),
                "acceptance_incomplete");
        JsonNode reopened = admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\"}").json();
        assertThat(admin.get(PATH + "/" + id).json().get("acceptance").isNull()).isTrue();
        assertThat(reopened.get("status").asText()).isEqualTo("assessed");
    }

    /** The pending check is a locking read on MariaDB: two requests for one risk take turns. */
    @Test
    void two_requests_sent_together_leave_one_pending_acceptance() {
        for (int round = 0; round < 5; round++) {
            long id = acceptableRisk();

            List<Api.Response> answers = Together.send(2, i -> admin.post(PATH + "/" + id + "/acceptances",
                    "{\"rationale\": \"at once " + i + "\", \"expires_on\": \""
                            + LocalDate.now(ZoneOffset.UTC).plusDays(10) + "\"}"));

            assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
            assertThat(admin.get(PATH + "/" + id + "/acceptances").json().get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void an_expired_acceptance_makes_the_risk_overdue_for_review() throws InterruptedException {
        long id = acceptableRisk();
        Instant soon = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        long acceptance = admin.post(PATH + "/" + id + "/acceptances", "{\"rationale\": \"short\", \"expires_on\": \""
                + soon + "\"}").json().get("id").asLong();
        assertThat(decide(admin, id, acceptance, "approve").status()).isEqualTo(200);
        String title = admin.get(PATH + "/" + id).json().get("title").asText();
        assertThat(overdue(title)).isEmpty();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 200);

        assertThat(overdue(title)).containsExactly(id);
    }

    @Test
    void a_bare_transition_to_accepted_is_422_pointing_to_the_acceptances() {
        long id = acceptableRisk();

        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/transitions",
                "{\"to\": \"accepted\"}"), 422);

        assertThat(refused.json().get("code").asText()).isEqualTo("acceptance_required");
    }

    @Test
    void deciding_needs_risk_accept_only_the_asker_withdraws_and_a_decision_is_final() {
        Api analyst = user(ANALYST_ROLE);
        long id = acceptableRisk();
        long first = asked(analyst, id);

        assertUnchangedBy(() -> decide(analyst, id, first, "approve"), 403);
        assertThat(decide(admin, id, first, "reject").json().get("status").asText()).isEqualTo("rejected");
        assertThat(assertUnchangedBy(() -> analyst.post(PATH + "/" + id + "/acceptances/" + first + "/withdrawal",
                "{}"), 422).json().get("code").asText()).isEqualTo("acceptance_decided");

        long second = asked(analyst, id);
        assertThat(assertUnchangedBy(() -> admin.post(PATH + "/" + id + "/acceptances/" + second + "/withdrawal",
                "{}"), 422).json().get("code").asText()).isEqualTo("not_the_requester");
        Api.Response withdrawn = analyst.post(PATH + "/" + id + "/acceptances/" + second + "/withdrawal",
                "{\"note\": \"not needed\"}");
        assertThat(withdrawn.json().get("status").asText()).as(withdrawn.toString()).isEqualTo("withdrawn");
        assertThat(admin.get(PATH + "/" + id + "/acceptances").json().get("items"))
                .extracting(item -> item.get("status").asText()).containsExactly("withdrawn", "rejected");
        assertThat(admin.get(PATH + "/" + id).json().get("status").asText()).isEqualTo("assessed");
        assertUnchangedBy(() -> decide(admin, id, 999_999, "approve"), 404);
        long other = acceptableRisk();
        assertUnchangedBy(() -> decide(admin, other, first, "approve"), 404);
    }

    @Test
    void bad_acceptance_requests_are_problems_naming_the_field_and_change_nothing() {
        long id = acceptableRisk();
        String in = PATH + "/" + id + "/acceptances";
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();

        assertCode(assertUnchangedBy(() -> admin.post(in, "{\"rationale\": \"x\", \"expires_on\": \""
                + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}"), 422), "expiry_not_in_future");
        assertCode(assertUnchangedBy(() -> admin.post(in, "{\"rationale\": \"x\", \"expires_on\": \""
                + LocalDate.now(ZoneOffset.UTC).plusYears(3).plusDays(2) + "\"}"), 422), "expiry_too_far");
        assertThat(assertUnchangedBy(() -> admin.post(in, "{\"rationale\": \"x\", \"expires_on\": \"soon\"}"), 400)
                .body()).contains("expires_on");
        assertThat(assertUnchangedBy(() -> admin.post(in, "{\"rationale\": \"x\", \"expires_on\": \"2031-02-30\"}"),
                400).body()).contains("expires_on");
        assertThat(assertUnchangedBy(() -> admin.post(in, "{\"rationale\": \"  \", \"expires_on\": \"" + future
                + "\"}"), 400).body()).contains("rationale");
        assertThat(assertUnchangedBy(() -> admin.post(in + "/1/decision", "{\"decision\": \"maybe\"}"), 400)
                .body()).contains("decision");
        long identified = risk(", \"inherent_likelihood\": 2, \"inherent_impact\": 2, \"owner_id\": " + adminId
                + ", \"treatment_rationale\": \"insured\"");
        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/" + identified + "/acceptances",
                "{\"rationale\": \"x\", \"expires_on\": \"" + future + "\"}"), 422), "illegal_transition");
        long unowned = risk(", \"inherent_likelihood\": 2, \"inherent_impact\": 2");
        admin.post(PATH + "/" + unowned + "/transitions", "{\"to\": \"assessed\"}");
        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/" + unowned + "/acceptances",
                "{\"rationale\": \"x\", \"expires_on\": \"" + future + "\"}"), 422), "acceptance_incomplete");
    }

    @Test
    void with_four_eyes_the_asker_may_not_approve_their_own_request() {
        restartAegis(config -> config.withAcceptancePolicy(new RiskAcceptancePolicy(true, Period.ofYears(3))));
        try {
            Api otherAdmin = user(ADMIN_ROLE);
            long id = acceptableRisk();
            long acceptance = asked(admin, id);

            assertCode(assertUnchangedBy(() -> decide(admin, id, acceptance, "approve"), 422), "four_eyes_required");
            assertThat(decide(otherAdmin, id, acceptance, "approve").json().get("status").asText())
                    .isEqualTo("approved");
        } finally {
            restartAegis(config -> config.withAcceptancePolicy(RiskAcceptancePolicy.defaults()));
        }
    }

    // ---- bulk transitions -----------------------------------------------------------------------------------------

    @Test
    void a_bulk_transition_moves_every_risk_named_each_recorded_and_audited_as_a_single_move() {
        List<Long> ids = List.of(risk(LOW), risk(LOW), risk(LOW));

        Api.Response moved = admin.post(PATH + "/bulk-transitions", "{\"ids\": " + ids + ", \"to\": \"assessed\","
                + " \"note\": \"triaged together\"}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("items")).extracting(item -> item.get("id").asLong() + " "
                + item.get("status").asText()).containsExactly(ids.get(0) + " assessed", ids.get(1) + " assessed",
                ids.get(2) + " assessed");
        for (long id : ids) {
            assertThat(actions(id)).containsExactly("risk.create", "risk.transition");
            assertThat(admin.get(PATH + "/" + id + "/reviews").json().get("items")).singleElement()
                    .satisfies(review -> assertThat(review.get("note").asText()).isEqualTo("triaged together"));
        }
    }

    @Test
    void one_refused_risk_refuses_the_whole_bulk_naming_each_refused_id_and_why() {
        long fresh = risk(LOW);
        long assessed = risk(LOW);
        admin.post(PATH + "/" + assessed + "/transitions", "{\"to\": \"assessed\"}");

        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH + "/bulk-transitions", "{\"ids\": [" + fresh
                + ", " + assessed + ", 999999], \"to\": \"assessed\"}"), 422);

        assertCode(refused, "bulk_transition_refused");
        assertThat(refused.json().get("refused")).extracting(item -> item.get("id").asLong() + " "
                + item.get("code").asText()).containsExactly(assessed + " illegal_transition", "999999 not_found");
        assertThat(admin.get(PATH + "/" + fresh).json().get("status").asText()).isEqualTo("identified");
        assertCode(assertUnchangedBy(() -> admin.post(PATH + "/bulk-transitions", "{\"ids\": [" + assessed
                + "], \"to\": \"accepted\"}"), 422), "bulk_transition_refused");
    }

    @Test
    void every_risk_of_a_bulk_is_checked_in_its_own_unit() {
        UnitActors actors = UnitActors.create(anonymous, admin);
        long ofA = unitRisk(actors.analystOfA());
        long ofB = unitRisk(actors.analystOfB());

        Api.Response refused = assertUnchangedBy(() -> actors.analystOfA().post(PATH + "/bulk-transitions",
                "{\"ids\": [" + ofA + ", " + ofB + "], \"to\": \"assessed\"}"), 422);

        assertThat(refused.json().get("refused")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asLong()).isEqualTo(ofB);
            assertThat(item.get("code").asText()).isEqualTo("not_found");
        });
        assertThat(actors.analystOfA().post(PATH + "/bulk-transitions", "{\"ids\": [" + ofA + "], \"to\":"
                + " \"assessed\"}").status()).isEqualTo(200);
    }

    @Test
    void malformed_bulk_transitions_are_400_and_change_nothing() {
        long id = risk(LOW);
        String many = LongStream.rangeClosed(1, 501).boxed().toList().toString();

        for (String body : List.of("{\"ids\": [], \"to\": \"assessed\"}",
                "{\"ids\": " + many + ", \"to\": \"assessed\"}",
                "{\"ids\": [" + id + ", " + id + "], \"to\": \"assessed\"}", "{\"ids\": [" + id + "]}",
                "{\"ids\": [0], \"to\": \"assessed\"}", "{\"ids\": [" + id + "], \"to\": \"gone\"}",
                "{\"to\": \"assessed\"}", "{\"ids\": [\"x\"], \"to\": \"assessed\"}")) {
            assertThat(assertUnchangedBy(() -> admin.post(PATH + "/bulk-transitions", body), 400).body())
                    .as(body).containsAnyOf("ids", "to");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static final String LOW = ", \"inherent_likelihood\": 1, \"inherent_impact\": 2";

    private long unitRisk(Api analyst) {
        Api.Response created = analyst.post(PATH, "{\"title\": \"Unit risk " + UUID.randomUUID() + "\","
                + " \"category\": \"operational\"" + LOW + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An assessed risk with an owner and a treatment rationale: one that may be accepted. */
    private long acceptableRisk() {
        long id = risk(", \"inherent_likelihood\": 3, \"inherent_impact\": 3, \"owner_id\": " + adminId
                + ", \"treatment_rationale\": \"insured\"");
        assertThat(admin.post(PATH + "/" + id + "/transitions", "{\"to\": \"assessed\"}").status()).isEqualTo(200);
        return id;
    }

    private long asked(Api api, long risk) {
        Api.Response asked = api.post(PATH + "/" + risk + "/acceptances", "{\"rationale\": \"insured\","
                + " \"expires_on\": \"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private Api.Response decide(Api api, long risk, long acceptance, String decision) {
        return api.post(PATH + "/" + risk + "/acceptances/" + acceptance + "/decision",
                "{\"decision\": \"" + decision + "\"}");
    }

    private List<Long> overdue(String title) {
        return StreamSupport.stream(admin.get(PATH + "?review_overdue=true&q=" + title.substring(9)).json()
                .get("items").spliterator(), false).map(item -> item.get("id").asLong()).toList();
    }

    private List<String> actions(long risk) {
        return probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("risk"), AUDIT_LOGS.RESOURCE_ID.eq((int) risk),
                        AUDIT_LOGS.OUTCOME.eq("success"))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION);
    }

    private static void assertCode(Api.Response response, String code) {
        assertThat(response.json().get("code").asText()).as(response.toString()).isEqualTo(code);
    }

    private long risk(String extra) {
        Api.Response created = admin.post(PATH, "{\"title\": \"Governed " + UUID.randomUUID()
                + "\", \"category\": \"operational\"" + extra + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode scored(long id, String body) {
        Api.Response scored = admin.post(PATH + "/" + id + "/scores", body);
        assertThat(scored.status()).as(scored.toString()).isEqualTo(201);
        return scored.json();
    }

    /** A new user holding {@code role} everywhere, logged in. */
    private Api user(long role) {
        String name = "gov-" + tag();
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"governing all day long\", \"must_change_password\": false,"
                + " \"role_ids\": [" + role + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.loggedInAs(name, "governing all day long");
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long risks = probe.dsl().fetchCount(RISKS);
        long scores = probe.dsl().fetchCount(RISK_SCORES);
        long reviews = probe.dsl().fetchCount(RISK_REVIEWS);
        String acceptances = probe.dsl().select(DSL.count(), DSL.max(RISK_ACCEPTANCES.DECIDED_AT))
                .from(RISK_ACCEPTANCES).fetchOne().toString();
        String lastChange = probe.dsl().select(DSL.max(RISKS.UPDATED_AT)).from(RISKS).fetchOne(0, String.class);
        long successes = successes();

        Api.Response response = call.get();

        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(probe.dsl().fetchCount(RISKS)).as("risks").isEqualTo(risks);
        assertThat(probe.dsl().fetchCount(RISK_SCORES)).as("scores").isEqualTo(scores);
        assertThat(probe.dsl().fetchCount(RISK_REVIEWS)).as("reviews").isEqualTo(reviews);
        assertThat(probe.dsl().select(DSL.count(), DSL.max(RISK_ACCEPTANCES.DECIDED_AT)).from(RISK_ACCEPTANCES)
                .fetchOne().toString()).as("acceptances").isEqualTo(acceptances);
        assertThat(probe.dsl().select(DSL.max(RISKS.UPDATED_AT)).from(RISKS).fetchOne(0, String.class))
                .as("last change").isEqualTo(lastChange);
        assertThat(successes()).as("audited changes").isEqualTo(successes);
        return response;
    }

    private long successes() {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
