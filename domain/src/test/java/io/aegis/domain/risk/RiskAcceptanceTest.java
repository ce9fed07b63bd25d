package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RiskAcceptanceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.123Z");
    private static final UserId ASKER = new UserId(5);
    private static final UserId APPROVER = new UserId(6);
    private static final RiskAcceptancePolicy TWO_EYES = RiskAcceptancePolicy.defaults();
    private static final RiskAcceptancePolicy FOUR_EYES = new RiskAcceptancePolicy(true, Period.ofYears(3));
    private static final RiskNote WHY = new RiskNote("insured; replacement planned");

    private static Risk assessed() {
        RiskFacts facts = new RiskFacts(new RiskTitle("Legacy ERP"), RiskCategory.TECHNICAL, RiskDetails.none(),
                new RiskTreatment(TreatmentStrategy.ACCEPT, "insured", null), AiAssessment.none(), Optional.empty(),
                Optional.of(ASKER));
        return Risk.identify(facts, new OrgUnitId(1), RiskMatrix.standard5x5(NOW).identifiedAs(new RiskMatrixId(1)),
                        RiskEstimate.inherent(3, 3), Optional.empty(), Optional.empty(), RiskReviewPolicy.defaults(),
                        NOW).identifiedAs(new RiskId(9))
                .transitionTo(RiskStatus.ASSESSED, RiskReviewPolicy.defaults(), NOW);
    }

    private static RiskAcceptance pending() {
        return RiskAcceptance.request(assessed(), WHY, NOW.plus(Duration.ofDays(90)), ASKER, TWO_EYES, NOW)
                .storedAs(new RiskAcceptanceId(3));
    }

    @Test
    void a_request_expires_in_the_future_and_within_the_policy_s_term() {
        assertRefused(() -> RiskAcceptance.request(assessed(), WHY, NOW, ASKER, TWO_EYES, NOW),
                "expiry_not_in_future");
        assertRefused(() -> RiskAcceptance.request(assessed(), WHY, NOW.plus(Duration.ofDays(3 * 366)), ASKER,
                TWO_EYES, NOW), "expiry_too_far");

        RiskAcceptance asked = RiskAcceptance.request(assessed(), WHY, NOW.plus(Duration.ofDays(3 * 365)), ASKER,
                TWO_EYES, NOW);
        assertThat(asked.status()).isEqualTo(RiskAcceptanceStatus.PENDING);
        assertThat(asked.decidedBy()).isEmpty();
    }

    @Test
    void only_a_risk_that_may_become_accepted_may_be_asked_for() {
        Risk identified = assessed().transitionTo(RiskStatus.MITIGATING, RiskReviewPolicy.defaults(), NOW)
                .transitionTo(RiskStatus.MONITORING, RiskReviewPolicy.defaults(), NOW)
                .transitionTo(RiskStatus.CLOSED, RiskReviewPolicy.defaults(), NOW);

        assertThatThrownBy(() -> RiskAcceptance.request(identified, WHY, NOW.plusSeconds(60), ASKER, TWO_EYES, NOW))
                .isInstanceOf(IllegalRiskTransitionException.class);
    }

    @Test
    void approval_records_who_and_when_and_is_final() {
        RiskAcceptance approved = pending().approve(APPROVER, Optional.of(new RiskNote("ok")), TWO_EYES,
                NOW.plusSeconds(5));

        assertThat(approved.status()).isEqualTo(RiskAcceptanceStatus.APPROVED);
        assertThat(approved.decidedBy()).contains(APPROVER);
        assertThat(approved.decidedAt()).contains(NOW.plusSeconds(5));
        assertRefused(() -> approved.reject(APPROVER, Optional.empty(), NOW), "acceptance_decided");
        assertRefused(() -> approved.withdraw(ASKER, Optional.empty(), NOW), "acceptance_decided");
    }

    @Test
    void four_eyes_refuse_the_asker_s_own_approval_two_eyes_allow_it() {
        assertRefused(() -> pending().approve(ASKER, Optional.empty(), FOUR_EYES, NOW), "four_eyes_required");

        assertThat(pending().approve(APPROVER, Optional.empty(), FOUR_EYES, NOW).status())
                .isEqualTo(RiskAcceptanceStatus.APPROVED);
        assertThat(pending().approve(ASKER, Optional.empty(), TWO_EYES, NOW).status())
                .isEqualTo(RiskAcceptanceStatus.APPROVED);
    }

    @Test
    void an_acceptance_that_expired_while_pending_is_not_approved() {
        assertRefused(() -> pending().approve(APPROVER, Optional.empty(), TWO_EYES, NOW.plus(Duration.ofDays(90))),
                "acceptance_expired");
    }

    @Test
    void only_the_asker_withdraws_and_anyone_permitted_rejects() {
        assertRefused(() -> pending().withdraw(APPROVER, Optional.empty(), NOW), "not_the_requester");

        assertThat(pending().withdraw(ASKER, Optional.empty(), NOW).status())
                .isEqualTo(RiskAcceptanceStatus.WITHDRAWN);
        assertThat(pending().reject(APPROVER, Optional.empty(), NOW).status())
                .isEqualTo(RiskAcceptanceStatus.REJECTED);
    }

    @Test
    void notes_are_trimmed_bounded_and_blank_means_absent() {
        assertThat(RiskNote.optional("note", "  ")).isEmpty();
        assertThat(RiskNote.optional("note", " checked ")).contains(new RiskNote("checked"));
        assertThatThrownBy(() -> RiskNote.required("rationale", null)).hasMessageContaining("is required");
        assertThatThrownBy(() -> RiskNote.optional("note", "x".repeat(RiskNote.MAX_LENGTH + 1)))
                .hasMessageContaining("at most 10000");
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(code);
    }
}
