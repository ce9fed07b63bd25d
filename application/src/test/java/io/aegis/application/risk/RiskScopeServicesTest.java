package io.aegis.application.risk;

import static io.aegis.application.risk.OrgUnitMother.storedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskChanges;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRiskAcceptances;
import io.aegis.application.testing.InMemoryRiskControls;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Who sees and changes which risks: units A (with A1 below it) and B under the root. */
class RiskScopeServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");

    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private final OrgUnitId a = storedUnit(units, "A", OrgUnitId.ROOT);
    private final OrgUnitId a1 = storedUnit(units, "A1", a);
    private final OrgUnitId b = storedUnit(units, "B", OrgUnitId.ROOT);
    private final OrgUnitId closed = storedUnit(units, "Closed", a, false);
    private final OrgUnitTree tree = OrgUnitTree.of(units.parentLinks());

    private final InMemoryRisks risks = new InMemoryRisks(units);
    private final InMemoryRiskMatrices matrices = new InMemoryRiskMatrices();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final CreateRiskService create = new CreateRiskService(run, risks, matrices, risks, RiskMother.POLICY);
    private final GetRiskService get = new GetRiskService(run, risks, new InMemoryRiskAcceptances(),
            new InMemoryRiskControls());
    private final ListRisksService list = new ListRisksService(run, risks,
            new InMemoryAssetRelationships(new InMemoryAssets()), new InMemoryRiskControls());
    private final UpdateRiskService update = new UpdateRiskService(run, risks, matrices, risks, RiskMother.POLICY);
    private final DeactivateRiskService deactivate = new DeactivateRiskService(run, risks);
    private final ScoreRiskService score = new ScoreRiskService(run, risks, matrices, RiskMother.POLICY);
    private final ListRiskScoresService scores = new ListRiskScoresService(run, risks, risks);
    private final TransitionRiskService transition = new TransitionRiskService(run, risks, RiskMother.POLICY);
    private final GetRiskHeatmapService heatmap = new GetRiskHeatmapService(run, matrices, risks,
            new InMemoryAssetRelationships(new InMemoryAssets()));

    private final Actor everywhere = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);
    private final Actor analystOfA = Actors.inUnit(tree, a, Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);
    private final Actor analystOfB = Actors.inUnit(tree, b, Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);
    /** Reads the risks of A, changes only those of A1. */
    private final Actor readsAWritesA1 = actor(List.of(new RoleAssignment(new RoleId(1), a, true),
            new RoleAssignment(new RoleId(2), a1, true)));

    // ---- placement -----------------------------------------------------------------------------------------------

    @Test
    void a_new_risk_goes_to_the_unit_named_else_the_root_or_the_writers_only_unit() {
        RiskView inA1 = create.create(analystOfA, command(Optional.empty(), Optional.of(a1)));
        RiskView ofB = create.create(analystOfB, command(Optional.empty(), Optional.empty()));
        RiskView ofRoot = create.create(everywhere, command(Optional.empty(), Optional.empty()));

        assertThat(inA1.orgUnitId()).isEqualTo(a1.value());
        assertThat(ofB.orgUnitId()).isEqualTo(b.value());
        assertThat(ofRoot.orgUnitId()).isEqualTo(OrgUnitId.ROOT.value());
        assertThat(audit.entries()).extracting(AuditEntry::unit).containsExactly(a1, b, OrgUnitId.ROOT);
        // A's analyst writes in A and the units below it: which one must be said
        assertRule(() -> create.create(analystOfA, command(Optional.empty(), Optional.empty())),
                "org_unit_required");
    }

    @Test
    void a_unit_out_of_reach_inactive_or_unknown_is_refused_alike() {
        for (OrgUnitId unit : List.of(b, OrgUnitId.ROOT, closed, new OrgUnitId(99))) {
            assertRule(() -> create.create(analystOfA, command(Optional.empty(), Optional.of(unit))),
                    "unknown_org_unit");
        }
    }

    // ---- reads ---------------------------------------------------------------------------------------------------

    @Test
    void a_risk_of_another_unit_is_not_found_and_never_listed_counted_or_drawn() {
        RiskId ofA = id(create.create(analystOfA, command(Optional.empty(), Optional.of(a))));
        RiskId ofB = id(create.create(analystOfB, command(Optional.empty(), Optional.empty())));

        assertThat(get.get(analystOfA, ofA).orgUnitId()).isEqualTo(a.value());
        assertThatThrownBy(() -> get.get(analystOfA, ofB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scores.list(analystOfA, ofB, PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
        assertThat(scores.list(analystOfA, ofA, PageRequest.first()).total()).isEqualTo(1);
        assertThat(list.list(analystOfA, ListRisksQuery.all()).items()).extracting(RiskView::id)
                .containsExactly(ofA.value());
        assertThat(list.list(everywhere, ListRisksQuery.all()).total()).isEqualTo(2);
        assertThat(heatmap.heatmap(analystOfA, new RiskHeatmapQuery(ScoreType.INHERENT, RiskFilter.active()))
                .total()).isEqualTo(1);
        assertThat(heatmap.heatmap(everywhere, new RiskHeatmapQuery(ScoreType.INHERENT, RiskFilter.active()))
                .total()).isEqualTo(2);
    }

    // ---- writes --------------------------------------------------------------------------------------------------

    @Test
    void every_write_to_a_risk_the_actor_cannot_see_is_not_found_and_changes_nothing() {
        RiskId ofA = id(create.create(analystOfA, command(Optional.empty(), Optional.of(a))));
        int audited = audit.entries().size();

        for (ThrowingCallable write : writes(analystOfB, ofA)) {
            assertThatThrownBy(write).isInstanceOf(NotFoundException.class);
        }
        assertThat(get.get(analystOfA, ofA).title()).isEqualTo("Outage");
        assertThat(audit.entries()).hasSize(audited);
    }

    @Test
    void every_write_to_a_risk_the_actor_sees_but_may_not_change_is_forbidden_and_audited() {
        RiskId ofA = id(create.create(analystOfA, command(Optional.empty(), Optional.of(a))));
        int audited = audit.entries().size();

        List<ThrowingCallable> refused = writes(readsAWritesA1, ofA);
        for (ThrowingCallable write : refused) {
            assertThatThrownBy(write).isInstanceOf(ForbiddenException.class);
        }
        assertThat(audit.entries()).hasSize(audited + refused.size());
        assertThat(audit.entries().subList(audited, audit.entries().size()))
                .allMatch(entry -> entry.outcome() == AuditEntry.Outcome.DENIED);
        assertThat(get.get(analystOfA, ofA).status()).isEqualTo("identified");
    }

    @Test
    void writes_within_the_scope_are_audited_in_the_risk_s_unit() {
        RiskId inA1 = id(create.create(analystOfA, command(Optional.empty(), Optional.of(a1))));

        score.score(readsAWritesA1, new ScoreRiskCommand(inA1, RiskEstimate.inherent(2, 2), false, ScoringNote.none()));
        transition.transition(readsAWritesA1, new TransitionRiskCommand(inA1, RiskStatus.ASSESSED,
                Optional.empty()));
        deactivate.deactivate(readsAWritesA1, inA1);

        assertThat(audit.entries()).extracting(AuditEntry::unit).containsOnly(a1);
    }

    // ---- moves ---------------------------------------------------------------------------------------------------

    @Test
    void a_risk_moves_only_between_units_the_actor_writes_in() {
        RiskId ofA = id(create.create(analystOfA, command(Optional.empty(), Optional.of(a))));

        assertRule(() -> update.update(analystOfA, move(ofA, b)), "unknown_org_unit");
        assertRule(() -> update.update(analystOfA, move(ofA, closed)), "unknown_org_unit");
        assertThatThrownBy(() -> update.update(readsAWritesA1, move(ofA, a1))).isInstanceOf(ForbiddenException.class);
        RiskView moved = update.update(analystOfA, move(ofA, a1));

        assertThat(moved.orgUnitId()).isEqualTo(a1.value());
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("risk.update");
            assertThat(entry.unit()).isEqualTo(a1);
        });
        assertThat(update.update(everywhere, move(ofA, b)).orgUnitId()).isEqualTo(b.value());
        assertThatThrownBy(() -> get.get(analystOfA, ofA)).isInstanceOf(NotFoundException.class);
    }

    // ---- matrices and assets -------------------------------------------------------------------------------------

    @Test
    void a_unit_s_matrix_rates_the_risks_of_its_unit_and_below_only() {
        RiskMatrixId ofA = matrices.add(RiskMatrixMother.aMatrixOf(a, "Of A", 5, 5, false, NOW)).id().orElseThrow();

        assertThat(create.create(analystOfA, command(Optional.of(ofA), Optional.of(a1))).riskMatrixId())
                .isEqualTo(ofA.value());
        assertRule(() -> create.create(everywhere, command(Optional.of(ofA), Optional.of(b))),
                "matrix_not_applicable");
        assertRule(() -> create.create(everywhere, command(Optional.of(ofA), Optional.empty())),
                "matrix_not_applicable");
        // a matrix the actor cannot see is refused as one that does not exist
        assertRule(() -> create.create(analystOfB, command(Optional.of(ofA), Optional.empty())),
                "unknown_risk_matrix");
        RiskId onA = id(create.create(analystOfA, command(Optional.of(ofA), Optional.of(a))));
        assertRule(() -> update.update(everywhere, move(onA, b)), "matrix_not_applicable");
        assertThat(update.update(everywhere, move(onA, a1)).orgUnitId()).isEqualTo(a1.value());
    }

    @Test
    void an_asset_the_actor_cannot_read_is_refused_like_an_unknown_one() {
        AssetId ofB = new AssetId(5);
        risks.addAsset(ofB, b);

        assertRule(() -> create.create(analystOfA, onAsset(ofB, a)), "unknown_asset");
        assertThat(create.create(analystOfB, onAsset(ofB, b)).assetId()).isEqualTo(ofB.value());
        assertThat(create.create(everywhere, onAsset(ofB, a)).assetId()).isEqualTo(ofB.value());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private List<ThrowingCallable> writes(Actor actor, RiskId id) {
        return List.of(
                () -> update.update(actor, new UpdateRiskCommand(id, ExpectedVersion.ANY, retitled(),
                        Optional.empty())),
                () -> score.score(actor, new ScoreRiskCommand(id, RiskEstimate.inherent(1, 1), false,
                        ScoringNote.none())),
                () -> transition.transition(actor, new TransitionRiskCommand(id, RiskStatus.ASSESSED,
                        Optional.empty())),
                () -> deactivate.deactivate(actor, id));
    }

    private Actor actor(List<RoleAssignment> assignments) {
        ScopedPermissions grants = ScopedPermissions.resolve(assignments, role -> role.equals(new RoleId(1))
                ? Set.of(Permission.RISK_READ, Permission.ASSET_READ) : Set.of(Permission.RISK_WRITE), tree);
        return new Actor(Optional.of(9L), "a then a1", grants, new RequestOrigin("req-3", "127.0.0.1", "junit", ""));
    }

    private static CreateRiskCommand command(Optional<RiskMatrixId> matrix, Optional<OrgUnitId> unit) {
        return new CreateRiskCommand(RiskMother.facts("Outage", RiskCategory.OPERATIONAL), matrix,
                RiskEstimate.inherent(3, 3), Optional.empty(), unit);
    }

    private static CreateRiskCommand onAsset(AssetId asset, OrgUnitId unit) {
        RiskFacts plain = RiskMother.facts("On an asset", RiskCategory.TECHNICAL);
        return new CreateRiskCommand(new RiskFacts(plain.title(), plain.category(), null, null, null,
                Optional.of(asset), Optional.empty()), Optional.empty(), RiskEstimate.inherent(1, 1),
                Optional.empty(), Optional.of(unit));
    }

    private static UpdateRiskCommand move(RiskId id, OrgUnitId to) {
        return new UpdateRiskCommand(id, ExpectedVersion.ANY, RiskServicesTest.keepAll(), Optional.of(to));
    }

    private static RiskChanges retitled() {
        return RiskServicesTest.changes(Patch.keep(), Patch.set("Renamed"));
    }

    private static RiskId id(RiskView view) {
        return new RiskId(view.id());
    }

    private void assertRule(ThrowingCallable call, String code) {
        int before = risks.size();
        int audited = audit.entries().size();
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(code);
        assertThat(risks.size()).isEqualTo(before);
        assertThat(audit.entries()).hasSize(audited);
    }
}
