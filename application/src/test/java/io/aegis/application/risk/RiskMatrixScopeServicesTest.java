package io.aegis.application.risk;

import static io.aegis.application.risk.OrgUnitMother.storedUnit;
import static io.aegis.application.risk.RiskMatrixMother.multiplicative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.in.UpdateRiskMatrixCommand;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Matrices are shared downwards: units A (with A1 below it) and B under the root, whose standard matrix is id 1. */
class RiskMatrixScopeServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final RiskMatrixId STANDARD = new RiskMatrixId(1);

    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private final OrgUnitId a = storedUnit(units, "A", OrgUnitId.ROOT);
    private final OrgUnitId a1 = storedUnit(units, "A1", a);
    private final OrgUnitId b = storedUnit(units, "B", OrgUnitId.ROOT);
    private final OrgUnitTree tree = OrgUnitTree.of(units.parentLinks());

    private final InMemoryRiskMatrices store = new InMemoryRiskMatrices();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final CreateRiskMatrixService create = new CreateRiskMatrixService(run, store, new InMemoryRisks(units));
    private final GetRiskMatrixService get = new GetRiskMatrixService(run, store);
    private final ListRiskMatricesService list = new ListRiskMatricesService(run, store);
    private final UpdateRiskMatrixService update = new UpdateRiskMatrixService(run, store);
    private final DeactivateRiskMatrixService deactivate = new DeactivateRiskMatrixService(run, store);

    private final Actor everywhere = Actors.withPermissions(Permission.RISK_READ, Permission.MATRIX_WRITE);
    private final Actor analystOfA = Actors.inUnit(tree, a, Permission.RISK_READ, Permission.MATRIX_WRITE);
    private final Actor analystOfA1 = Actors.inUnit(tree, a1, Permission.RISK_READ, Permission.MATRIX_WRITE);
    private final Actor analystOfB = Actors.inUnit(tree, b, Permission.RISK_READ, Permission.MATRIX_WRITE);

    @Test
    void a_matrix_is_seen_in_its_unit_and_below_never_beside_it() {
        RiskMatrixId ofA = id(create.create(analystOfA, command("Of A", false, Optional.of(a))));

        assertThat(get.get(analystOfA1, ofA).orgUnitId()).isEqualTo(a.value());
        assertThat(get.get(analystOfB, STANDARD).orgUnitId()).isEqualTo(OrgUnitId.ROOT.value());
        assertThatThrownBy(() -> get.get(analystOfB, ofA)).isInstanceOf(NotFoundException.class);
        assertThat(names(analystOfA1)).containsExactly("Of A", "Standard 5x5");
        assertThat(names(analystOfB)).containsExactly("Standard 5x5");
        assertThat(names(everywhere)).containsExactly("Of A", "Standard 5x5");
        assertThat(audit.entries()).singleElement().extracting(AuditEntry::unit).isEqualTo(a);
    }

    @Test
    void a_matrix_seen_from_below_may_not_be_changed_there_and_one_not_seen_is_not_found() {
        RiskMatrixId ofA = id(create.create(analystOfA, command("Of A", false, Optional.of(a))));
        int audited = audit.entries().size();

        for (ThrowingCallable write : List.<ThrowingCallable>of(() -> update.update(analystOfA1, renamed(ofA)),
                () -> deactivate.deactivate(analystOfA1, ofA), () -> update.update(analystOfA1, renamed(STANDARD)))) {
            assertThatThrownBy(write).isInstanceOf(ForbiddenException.class);
        }
        assertThat(audit.entries().subList(audited, audit.entries().size())).hasSize(3)
                .allMatch(entry -> entry.outcome() == AuditEntry.Outcome.DENIED);
        assertThatThrownBy(() -> update.update(analystOfB, renamed(ofA))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(analystOfB, ofA)).isInstanceOf(NotFoundException.class);
        assertThat(get.get(analystOfA, ofA).name()).isEqualTo("Of A");
        assertThat(get.get(analystOfA, ofA).active()).isTrue();

        update.update(analystOfA, renamed(ofA));
        deactivate.deactivate(analystOfA, ofA);
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("risk_matrix.deactivate");
            assertThat(entry.unit()).isEqualTo(a);
        });
    }

    @Test
    void only_a_matrix_of_the_root_may_be_the_default() {
        assertRule(() -> create.create(analystOfA, command("Of A", true, Optional.of(a))), "default_matrix_not_root");
        assertRule(() -> create.create(everywhere, command("Of B", true, Optional.of(b))), "default_matrix_not_root");
        RiskMatrixId ofB = id(create.create(everywhere, command("Of B", false, Optional.of(b))));
        assertRule(() -> update.update(everywhere, new Builder(ofB).makeDefault()), "default_matrix_not_root");

        RiskMatrixView rootDefault = create.create(everywhere, command("New default", true, Optional.empty()));

        assertThat(rootDefault.orgUnitId()).isEqualTo(OrgUnitId.ROOT.value());
        assertThat(rootDefault.isDefault()).isTrue();
        // the standard matrix handed the default over: audited in its unit, the root
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.resourceId()).isEqualTo(STANDARD.value());
            assertThat(entry.unit()).isEqualTo(OrgUnitId.ROOT);
        });
    }

    @Test
    void a_matrix_is_created_only_in_a_unit_the_actor_writes_in() {
        assertRule(() -> create.create(analystOfA, command("Of B", false, Optional.of(b))), "unknown_org_unit");
        assertRule(() -> create.create(analystOfA1, command("Of A", false, Optional.of(a))), "unknown_org_unit");
        assertThat(create.create(analystOfA1, command("Of A1", false, Optional.empty())).orgUnitId())
                .isEqualTo(a1.value());
    }

    private List<String> names(Actor actor) {
        return list.list(actor, ListRiskMatricesQuery.all()).items().stream().map(RiskMatrixView::name).toList();
    }

    private void assertRule(ThrowingCallable call, String code) {
        int before = store.size();
        int audited = audit.entries().size();
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(code);
        assertThat(store.size()).isEqualTo(before);
        assertThat(audit.entries()).hasSize(audited);
    }

    private static CreateRiskMatrixCommand command(String name, boolean isDefault, Optional<OrgUnitId> unit) {
        return new CreateRiskMatrixCommand(new RiskMatrixName(name), Optional.empty(), multiplicative(3, 3),
                isDefault, unit);
    }

    private static UpdateRiskMatrixCommand renamed(RiskMatrixId id) {
        return new Builder(id).renamed();
    }

    private static RiskMatrixId id(RiskMatrixView view) {
        return new RiskMatrixId(view.id());
    }

    /** The two patches these tests send. */
    private record Builder(RiskMatrixId id) {

        UpdateRiskMatrixCommand renamed() {
            return new UpdateRiskMatrixCommand(id, ExpectedVersion.ANY, Patch.set(new RiskMatrixName("Renamed")),
                    Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
        }

        UpdateRiskMatrixCommand makeDefault() {
            return new UpdateRiskMatrixCommand(id, ExpectedVersion.ANY, Patch.keep(), Patch.keep(), Patch.keep(),
                    Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(true), Patch.keep());
        }
    }
}
