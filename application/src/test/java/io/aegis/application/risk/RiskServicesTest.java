package io.aegis.application.risk;

import io.aegis.application.port.ExpectedVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskChanges;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskHeatmapView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.application.testing.InMemoryRiskAcceptances;
import io.aegis.application.testing.InMemoryRiskControls;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.IllegalRiskTransitionException;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RiskServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");

    private final InMemoryRisks risks = new InMemoryRisks();
    private final InMemoryRiskMatrices matrices = new InMemoryRiskMatrices();
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

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

    private final Actor analyst = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);
    private final Actor reader = Actors.withPermissions(Permission.RISK_READ);

    @Test
    void creating_rates_on_the_default_matrix_records_both_scores_and_audits_once() {
        RiskView view = create.create(analyst, command(new RiskEstimate(4, 5, 2, 4), Optional.empty()));

        assertThat(view.riskMatrixId()).isEqualTo(1);
        assertThat(view.inherentRiskScore()).isEqualTo(20);
        assertThat(view.riskLevel()).isEqualTo("medium");
        assertThat(view.createdBy()).isEqualTo(7L);
        assertThat(risks.scoreCount()).isEqualTo(2);
        assertThat(scores.list(reader, new RiskId(view.id()), PageRequest.first()).items())
                .allSatisfy(s -> assertThat(s.scoringMethodology()).isEqualTo("Standard 5x5"));
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("risk.create");
            assertThat(entry.after()).isEqualTo(view);
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
        });
        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void a_6x6_matrix_rates_sixes_that_the_standard_one_refuses() {
        RiskMatrix sixBySix = matrices.add(productMatrix(6));

        RiskView view = create.create(analyst, command(RiskEstimate.inherent(6, 6), sixBySix.id()));

        assertThat(view.inherentRiskScore()).isEqualTo(36);
        assertThat(view.riskLevel()).isEqualTo("critical");
        assertRefusedUnchanged(() -> create.create(analyst, command(RiskEstimate.inherent(6, 6), Optional.empty())),
                InvalidValueException.class, "must be between 1 and 5");
        RiskHeatmapView map = heatmap.heatmap(reader, new RiskHeatmapQuery(ScoreType.INHERENT,
                RiskFilter.active().onMatrix(sixBySix.id().orElseThrow())));
        assertThat(map.cells()).hasSize(36);
        assertThat(map.total()).isEqualTo(1);
        assertThat(map.cells().get(35).count()).isEqualTo(1);
    }

    @Test
    void unknown_or_retired_matrices_and_unknown_references_are_refused_before_anything_is_written() {
        assertRule(() -> create.create(analyst, command(RiskEstimate.inherent(1, 1),
                Optional.of(new RiskMatrixId(99)))), "unknown_risk_matrix");
        RiskMatrix retired = matrices.add(RiskMatrix.restore(new RiskMatrixId(50), new RiskMatrixName("Old"), null,
                RiskMother.STANDARD.scoring(), OrgUnitId.ROOT, false, false, NOW, NOW));
        assertRule(() -> create.create(analyst, command(RiskEstimate.inherent(1, 1), retired.id())),
                "unknown_risk_matrix");
        assertRule(() -> create.create(analyst, new CreateRiskCommand(new RiskFacts(RiskMother.facts("t",
                RiskCategory.TECHNICAL).title(), RiskCategory.TECHNICAL, null, null, null,
                Optional.of(new AssetId(5)), Optional.empty()), Optional.empty(), RiskEstimate.inherent(1, 1),
                Optional.empty(), Optional.empty())), "unknown_asset");
        assertRule(() -> create.create(analyst, new CreateRiskCommand(new RiskFacts(RiskMother.facts("t",
                RiskCategory.TECHNICAL).title(), RiskCategory.TECHNICAL, null, null, null, Optional.empty(),
                Optional.of(new UserId(5))), Optional.empty(), RiskEstimate.inherent(1, 1), Optional.empty(),
                Optional.empty())), "unknown_owner");
        assertRule(() -> create.create(analyst, command(new RiskEstimate(2, 2, 3, 3), Optional.empty())),
                "residual_above_inherent");

        risks.addAsset(new AssetId(5));
        risks.addUser(new UserId(5));
        RiskView linked = create.create(analyst, new CreateRiskCommand(new RiskFacts(RiskMother.facts("t",
                RiskCategory.TECHNICAL).title(), RiskCategory.TECHNICAL, null, null, null,
                Optional.of(new AssetId(5)), Optional.of(new UserId(5))), Optional.empty(),
                RiskEstimate.inherent(1, 1), Optional.empty(), Optional.empty()));
        assertThat(linked.assetId()).isEqualTo(5L);
        assertThat(linked.ownerId()).isEqualTo(5L);
    }

    @Test
    void patching_a_level_appends_history_patching_text_does_not() {
        RiskView created = create.create(analyst, command(RiskEstimate.inherent(3, 3), Optional.empty()));
        RiskId id = new RiskId(created.id());

        RiskView rescored = update.update(analyst, new UpdateRiskCommand(id, ExpectedVersion.ANY,
                changes(Patch.set(4), Patch.keep()), Optional.empty()));
        RiskView retitled = update.update(analyst, new UpdateRiskCommand(id, ExpectedVersion.of(rescored.version()),
                changes(Patch.keep(), Patch.set("Renamed")), Optional.empty()));

        assertThat(retitled.title()).isEqualTo("Renamed");
        assertThat(retitled.inherentLikelihood()).isEqualTo(4);
        assertThat(risks.scoreCount()).isEqualTo(2);
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("risk.create", "risk.update", "risk.update");
        assertThatThrownBy(() -> update.update(analyst, new UpdateRiskCommand(id,
                ExpectedVersion.of(NOW.minusSeconds(9)), changes(Patch.keep(), Patch.set("Stale")), Optional.empty())))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void rescoring_records_every_rating_with_its_rationale_and_reviews_the_risk() {
        RiskView created = create.create(analyst, command(new RiskEstimate(4, 4, 2, 2), Optional.empty()));

        RiskView scored = score.score(analyst, new ScoreRiskCommand(new RiskId(created.id()),
                new RiskEstimate(4, 4, 2, 2), false, new ScoringNote("same", null, null)));

        // a fixed clock: each change of the risk is versioned a millisecond after the previous one
        assertThat(scored.lastReviewDate()).isEqualTo(scored.version()).isEqualTo(NOW.plusMillis(1));
        assertThat(risks.scoreCount()).isEqualTo(4);
        assertThat(scores.list(reader, new RiskId(created.id()), new PageRequest(2, 0)).items())
                .allSatisfy(s -> assertThat(s.likelihoodRationale()).isEqualTo("same"));
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("risk.create", "risk.score");
    }

    @Test
    void transitions_follow_the_lifecycle_and_audit_the_reason() {
        RiskId id = new RiskId(create.create(analyst, command(RiskEstimate.inherent(2, 2), Optional.empty())).id());

        assertThatThrownBy(() -> transition.transition(analyst, new TransitionRiskCommand(id, RiskStatus.CLOSED,
                Optional.empty()))).isInstanceOf(IllegalRiskTransitionException.class);
        RiskView assessed = transition.transition(analyst, new TransitionRiskCommand(id, RiskStatus.ASSESSED,
                Optional.of(" scored ")));

        assertThat(assessed.status()).isEqualTo("assessed");
        assertThat(audit.entries().get(1).after()).isEqualTo(new RiskTransitionAudit("identified", "assessed",
                "scored", assessed));
        assertThat(audit.entries()).hasSize(2);
    }

    @Test
    void deletion_is_soft_and_idempotent() {
        RiskId id = new RiskId(create.create(analyst, command(RiskEstimate.inherent(2, 2), Optional.empty())).id());

        deactivate.deactivate(analyst, id);
        deactivate.deactivate(analyst, id);

        assertThat(get.get(reader, id).active()).isFalse();
        assertThat(list.list(reader, ListRisksQuery.all()).total()).isZero();
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("risk.create", "risk.deactivate");
    }

    @Test
    void every_use_case_checks_its_permission_first_and_unknown_ids_are_404() {
        RiskId id = new RiskId(create.create(analyst, command(RiskEstimate.inherent(2, 2), Optional.empty())).id());
        Actor nobody = Actors.nobody();

        List<ThrowingCallable> writes = List.of(
                () -> create.create(reader, command(RiskEstimate.inherent(1, 1), Optional.empty())),
                () -> update.update(reader, new UpdateRiskCommand(id, ExpectedVersion.ANY, changes(Patch.set(1),
                        Patch.keep()), Optional.empty())),
                () -> deactivate.deactivate(reader, id),
                () -> score.score(reader, new ScoreRiskCommand(id, RiskEstimate.inherent(1, 1), false,
                        ScoringNote.none())),
                () -> transition.transition(reader, new TransitionRiskCommand(id, RiskStatus.ASSESSED,
                        Optional.empty())),
                () -> get.get(nobody, id),
                () -> list.list(nobody, ListRisksQuery.all()),
                () -> scores.list(nobody, id, PageRequest.first()),
                () -> heatmap.heatmap(nobody, new RiskHeatmapQuery(ScoreType.INHERENT, RiskFilter.active())));
        writes.forEach(call -> assertThatThrownBy(call).isInstanceOf(ForbiddenException.class));
        assertThat(audit.entries()).filteredOn(e -> e.outcome() == AuditEntry.Outcome.DENIED).hasSize(writes.size());
        assertThat(risks.size()).isEqualTo(1);

        assertThatThrownBy(() -> get.get(reader, new RiskId(99))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scores.list(reader, new RiskId(99), PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
    }

    private static CreateRiskCommand command(RiskEstimate estimate, Optional<RiskMatrixId> matrix) {
        return new CreateRiskCommand(RiskMother.facts("Outage", RiskCategory.OPERATIONAL), matrix, estimate,
                Optional.empty(), Optional.empty());
    }

    static RiskChanges keepAll() {
        return changes(Patch.keep(), Patch.keep());
    }

    static RiskChanges changes(Patch<Integer> inherentLikelihood, Patch<String> title) {
        return new RiskChanges(title.map(io.aegis.domain.risk.RiskTitle::new), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), inherentLikelihood, Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
    }

    private static RiskMatrix productMatrix(int size) {
        List<MatrixLevel> levels = IntStream.rangeClosed(1, size)
                .mapToObj(value -> new MatrixLevel(value, "Level " + value, "")).toList();
        List<List<Double>> grid = new ArrayList<>();
        for (int l = 1; l <= size; l++) {
            List<Double> row = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                row.add((double) l * i);
            }
            grid.add(row);
        }
        return RiskMatrix.define(new RiskMatrixName(size + "x" + size), Optional.empty(), new MatrixScoring(levels,
                levels, grid, List.of(new RiskBand(RiskLevel.LOW, 1, 9, new HexColor("#00FF00")),
                        new RiskBand(RiskLevel.CRITICAL, 10, 36, new HexColor("#FF0000")))), OrgUnitId.ROOT, false,
                NOW);
    }

    private void assertRule(ThrowingCallable call, String code) {
        assertRefusedUnchanged(call, RuleViolationException.class, null);
        assertThatThrownBy(call).extracting(e -> ((RuleViolationException) e).code()).isEqualTo(code);
    }

    private void assertRefusedUnchanged(ThrowingCallable call, Class<? extends Throwable> type, String message) {
        int before = risks.size();
        int scored = risks.scoreCount();
        int audited = audit.entries().size();
        var refusal = assertThatThrownBy(call).isInstanceOf(type);
        if (message != null) {
            refusal.hasMessage(message);
        }
        assertThat(risks.size()).isEqualTo(before);
        assertThat(risks.scoreCount()).isEqualTo(scored);
        assertThat(audit.entries()).hasSize(audited);
    }
}
