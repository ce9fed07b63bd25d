package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's governance over real HTTP, on each database (issue #11): re-scoring changes what it names, matrices
 * need {@code matrix:write}. Every refused request answers problem+json and changes nothing.
 */
abstract class RiskGovernanceApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/risks";
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

    // ---- helpers --------------------------------------------------------------------------------------------------

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
                + "@example.com\", \"password\": \"governing all day long\", \"role_ids\": [" + role + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.loggedInAs(name, "governing all day long");
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long risks = probe.dsl().fetchCount(RISKS);
        long scores = probe.dsl().fetchCount(RISK_SCORES);
        String lastChange = probe.dsl().select(DSL.max(RISKS.UPDATED_AT)).from(RISKS).fetchOne(0, String.class);
        long successes = successes();

        Api.Response response = call.get();

        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(probe.dsl().fetchCount(RISKS)).as("risks").isEqualTo(risks);
        assertThat(probe.dsl().fetchCount(RISK_SCORES)).as("scores").isEqualTo(scores);
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
