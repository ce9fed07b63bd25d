package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.RequestRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.RiskAcceptanceDecision;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryRiskAcceptances;
import io.aegis.application.testing.InMemoryRiskControls;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.risk.RiskReviewKind;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskAcceptanceServicesTest {

    private static final Instant NOW = RiskMother.T0.plus(Duration.ofDays(2));

    private final InMemoryRisks risks = new InMemoryRisks();
    private final InMemoryRiskAcceptances acceptances = new InMemoryRiskAcceptances();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final RiskAcceptancePolicy fourEyes = new RiskAcceptancePolicy(true, Period.ofYears(3));

    private final RequestRiskAcceptanceService request = new RequestRiskAcceptanceService(run, risks, acceptances,
            fourEyes);
    private final DecideRiskAcceptanceService decide = new DecideRiskAcceptanceService(run, risks, acceptances,
            RiskMother.POLICY, fourEyes);
    private final GetRiskService get = new GetRiskService(run, risks, acceptances, new InMemoryRiskControls());

    private final Actor asker = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.RISK_ACCEPT);
    private final Actor approver = new Actor(Optional.of(9L), "approver",
            EnumSet.of(Permission.RISK_READ, Permission.RISK_ACCEPT), RequestOrigin.LOCAL);

    private RiskId assessedRisk() {
        return risks.insert(RiskMother.aRisk(RiskMother.fullFacts("Legacy ERP", new UserId(7)),
                        RiskEstimate.inherent(3, 3), RiskMother.T0, Optional.empty())
                .transitionTo(RiskStatus.ASSESSED, RiskMother.POLICY, RiskMother.T0.plusSeconds(1))).id()
                .orElseThrow();
    }

    private RiskAcceptanceView asked(RiskId risk) {
        return request.request(asker, new RequestRiskAcceptanceCommand(risk, new RiskNote("insured"),
                NOW.plus(Duration.ofDays(10)), Optional.empty()));
    }

    @Test
    void an_approval_by_another_person_accepts_the_risk_records_the_move_and_audits_both() {
        RiskId risk = assessedRisk();
        RiskAcceptanceView pending = asked(risk);

        RiskAcceptanceView approved = decide.decide(approver, RiskAcceptanceDecision.APPROVE,
                new DecideRiskAcceptanceCommand(risk, new RiskAcceptanceId(pending.id()), Optional.empty()));

        assertThat(approved.decidedBy()).isEqualTo(9L);
        assertThat(get.get(asker, risk).status()).isEqualTo("accepted");
        assertThat(get.get(asker, risk).acceptance()).isEqualTo(approved);
        assertThat(get.get(asker, risk).nextReviewDate()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        assertThat(risks.reviews()).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo(RiskReviewKind.TRANSITION);
            assertThat(review.to()).contains(RiskStatus.ACCEPTED);
            assertThat(review.reviewedBy()).isEqualTo(new UserId(9));
        });
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("risk.acceptance.request",
                "risk.transition", "risk.acceptance.decide");
    }

    @Test
    void under_four_eyes_the_asker_may_not_approve_and_nothing_changes() {
        RiskId risk = assessedRisk();
        RiskAcceptanceView pending = asked(risk);

        assertThatThrownBy(() -> decide.decide(asker, RiskAcceptanceDecision.APPROVE,
                new DecideRiskAcceptanceCommand(risk, new RiskAcceptanceId(pending.id()), Optional.empty())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("four eyes");

        assertThat(get.get(asker, risk).status()).isEqualTo("assessed");
        assertThat(acceptances.of(risk, PageRequest.first()).items()).singleElement()
                .satisfies(acceptance -> assertThat(acceptance.decidedBy()).isEmpty());
    }

    @Test
    void deciding_needs_risk_accept_and_asking_needs_a_person() {
        RiskId risk = assessedRisk();
        RiskAcceptanceView pending = asked(risk);
        Actor writer = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE);

        assertThatThrownBy(() -> decide.decide(writer, RiskAcceptanceDecision.REJECT,
                new DecideRiskAcceptanceCommand(risk, new RiskAcceptanceId(pending.id()), Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> request.request(Actor.system("nightly job"), new RequestRiskAcceptanceCommand(
                assessedRisk(), new RiskNote("insured"), NOW.plus(Duration.ofDays(10)), Optional.empty())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("signed-in person");
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.SUCCESS,
                AuditEntry.Outcome.DENIED);
    }
}
