package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.LinkRiskControlCommand;
import io.aegis.application.risk.port.out.RiskControlRepository.TreatableControl;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryRiskControls;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.ControlReduction;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.TreatmentState;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskControlServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:15:00.250Z");
    private static final ControlId AC_2 = new ControlId(2);
    private static final ControlId WITHDRAWN = new ControlId(13);
    private static final ControlId FAMILY = new ControlId(20);
    private static final ControlTreatment CLAIMED = ControlTreatment.of(TreatmentState.CLAIMED,
            ControlReduction.LIKELIHOOD, null);

    private final InMemoryRisks risks = new InMemoryRisks();
    private final InMemoryRiskControls controls = new InMemoryRiskControls();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final LinkRiskControlService link = new LinkRiskControlService(run, risks, controls, controls);
    private final UnlinkRiskControlService unlink = new UnlinkRiskControlService(run, risks, controls);
    private final ListRiskControlsService list = new ListRiskControlsService(run, risks, controls);

    private final Actor analyst = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);
    private final Actor reader = Actors.withPermissions(Permission.RISK_READ);
    private final RiskId risk = new RiskId(new CreateRiskService(run, risks, new InMemoryRiskMatrices(), risks,
            RiskMother.POLICY).create(analyst, new CreateRiskCommand(RiskMother.facts("Phishing",
            RiskCategory.TECHNICAL), Optional.empty(), new RiskEstimate(4, 4, 2, 2), Optional.empty(),
            Optional.empty())).id());

    RiskControlServicesTest() {
        controls.add(new TreatableControl(AC_2, "AC-2", true, false));
        controls.add(new TreatableControl(WITHDRAWN, "AC-13", false, false));
        controls.add(new TreatableControl(FAMILY, "AC", true, true));
    }

    /** The successful changes of treating controls, leaving out the risk's creation. */
    private List<AuditEntry> linkEntries() {
        return audit.entries().stream().filter(entry -> entry.action().startsWith("risk.control."))
                .filter(entry -> entry.outcome() == AuditEntry.Outcome.SUCCESS).toList();
    }

    @Test
    void a_link_is_created_then_changed_each_audited_on_the_risk_and_the_same_effect_again_records_nothing() {
        assertThat(link.link(analyst, new LinkRiskControlCommand(risk, AC_2, CLAIMED)).created()).isTrue();
        ControlTreatment planned = ControlTreatment.of(TreatmentState.PLANNED, ControlReduction.BOTH, "later");
        assertThat(link.link(analyst, new LinkRiskControlCommand(risk, AC_2, planned)).created()).isFalse();
        link.link(analyst, new LinkRiskControlCommand(risk, AC_2, planned));

        assertThat(linkEntries()).extracting(AuditEntry::action)
                .containsExactly("risk.control.link", "risk.control.link");
        assertThat(linkEntries().get(1).before()).isEqualTo(new RiskControlAudit(2, "AC-2", "claimed",
                "likelihood", null));
        assertThat(linkEntries().get(1).after()).isEqualTo(new RiskControlAudit(2, "AC-2", "planned", "both",
                "later"));
        assertThat(list.list(reader, risk).controls()).singleElement()
                .satisfies(control -> assertThat(control.treatmentState()).isEqualTo("planned"));
    }

    @Test
    void only_an_existing_active_control_that_is_no_group_starts_treating_a_risk() {
        assertThatThrownBy(() -> link.link(analyst, new LinkRiskControlCommand(risk, new ControlId(99), CLAIMED)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown_control");
        assertThatThrownBy(() -> link.link(analyst, new LinkRiskControlCommand(risk, WITHDRAWN, CLAIMED)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "withdrawn_control");
        assertThatThrownBy(() -> link.link(analyst, new LinkRiskControlCommand(risk, FAMILY, CLAIMED)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "control_group");
        assertThat(list.list(reader, risk).controls()).isEmpty();
        assertThat(linkEntries()).isEmpty();
    }

    @Test
    void a_reader_may_not_link_or_unlink_and_a_missing_link_or_risk_is_not_found() {
        assertThatThrownBy(() -> link.link(reader, new LinkRiskControlCommand(risk, AC_2, CLAIMED)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> unlink.unlink(analyst, risk, AC_2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list.list(reader, new RiskId(999))).isInstanceOf(NotFoundException.class);
        link.link(analyst, new LinkRiskControlCommand(risk, AC_2, CLAIMED));
        assertThatThrownBy(() -> unlink.unlink(reader, risk, AC_2)).isInstanceOf(ForbiddenException.class);

        unlink.unlink(analyst, risk, AC_2);

        assertThat(list.list(reader, risk).controls()).isEmpty();
        assertThat(linkEntries()).extracting(AuditEntry::action)
                .containsExactly("risk.control.link", "risk.control.unlink");
    }
}
