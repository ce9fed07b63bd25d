package io.aegis.application.risk;

import static io.aegis.application.risk.RiskMother.POLICY;
import static io.aegis.application.risk.RiskMother.STANDARD;
import static io.aegis.application.risk.RiskMother.T0;
import static io.aegis.application.risk.RiskMother.aRisk;
import static io.aegis.application.risk.RiskMother.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskFilter.RatingCriteria;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RiskReadModel} must answer, on the same data in every store. */
public abstract class RiskReadModelContract {

    /** Long after the data: a low risk identified at T0 is due at T0 + 365 days. */
    private static final Instant LATER = T0.plus(Duration.ofDays(200));
    private static final Scope ALL = Scope.everywhere();

    private RiskReadModel readModel;
    private RiskRepository repository;
    private UserId user;
    private Risk low;
    private Risk breach;
    private Risk medium;
    private Risk retired;

    /** Over the same empty store holding the standard matrix as id 1; {@code user} may own and create risks. */
    protected abstract Stores emptyStores();

    /** Stores an active unit under the root, in the store behind {@link #emptyStores()}. */
    protected abstract OrgUnitId storedUnit(String name);

    public record Stores(RiskRepository repository, RiskReadModel readModel, UserId user) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        readModel = stores.readModel();
        repository = stores.repository();
        user = stores.user();
        low = repository.insert(aRisk("Alpha 100% outage", 1, 2, T0));
        RiskFacts owned = new RiskFacts(facts("Bravo breach", RiskCategory.TECHNICAL).title(), RiskCategory.TECHNICAL,
                null, null, null, Optional.empty(), Optional.of(user));
        breach = repository.insert(aRisk(owned, new RiskEstimate(5, 5, 2, 5), T0.plusSeconds(1), Optional.of(user)));
        Risk charlie = repository.insert(aRisk(facts("charlie fraud", RiskCategory.FINANCIAL),
                RiskEstimate.inherent(5, 5), T0.plusSeconds(2), Optional.empty()));
        medium = charlie.transitionTo(RiskStatus.ASSESSED, POLICY, T0.plusSeconds(3))
                .rescore(STANDARD, RiskEstimate.inherent(2, 3), POLICY, T0.plusSeconds(4));
        repository.update(medium, charlie.version());
        Risk delta = repository.insert(aRisk("Delta retired", 3, 3, T0.plusSeconds(5)));
        retired = delta.deactivate(T0.plusSeconds(6));
        repository.update(retired, delta.version());
    }

    @Test
    void lists_active_risks_newest_first_by_default() {
        Page<RiskView> page = readModel.list(ListRisksQuery.all(), ALL, LATER);

        assertThat(ids(page)).containsExactly(id(medium), id(breach), id(low));
        assertThat(page.total()).isEqualTo(3);
        // the aggregate alone knows no names; the register adds them
        assertThat(page.items().get(0).named(null, null)).isEqualTo(RiskView.of(medium));
    }

    @Test
    void include_inactive_and_paging_count_every_match() {
        RiskFilter all = new RiskFilter(Optional.empty(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), RatingCriteria.ANY, Optional.empty(), Optional.empty(), false,
                true, Optional.empty());
        Page<RiskView> page = readModel.list(new ListRisksQuery(all, List.of(SortOrder.ascending(RiskSortField.ID)),
                new PageRequest(2, 1)), ALL, LATER);

        assertThat(ids(page)).containsExactly(id(breach), id(medium));
        assertThat(page.total()).isEqualTo(4);
        assertThat(readModel.list(new ListRisksQuery(all, List.of(), new PageRequest(5, 40)), ALL, LATER).items())
                .isEmpty();
    }

    @Test
    void risk_level_sorts_by_severity_and_scores_sort_numerically() {
        // the breach is high (residual 2 x 5 = 10), the fraud medium (re-scored 2 x 3), the outage low
        assertThat(ids(sorted(RiskSortField.RISK_LEVEL, true))).containsExactly(id(breach), id(medium), id(low));
        assertThat(ids(sorted(RiskSortField.RISK_LEVEL, false))).containsExactly(id(low), id(medium), id(breach));
        assertThat(ids(sorted(RiskSortField.INHERENT_RISK_SCORE, true)))
                .containsExactly(id(breach), id(medium), id(low));
        assertThat(ids(sorted(RiskSortField.TITLE, false))).containsExactly(id(low), id(breach), id(medium));
    }

    @Test
    void reference_columns_sort_absent_values_first_then_by_id() {
        // only the breach has an owner and a creator
        for (RiskSortField field : List.of(RiskSortField.OWNER_ID, RiskSortField.CREATED_BY)) {
            assertThat(ids(sorted(field, false))).containsExactly(id(low), id(medium), id(breach));
            assertThat(ids(sorted(field, true))).containsExactly(id(breach), id(medium), id(low));
        }
        assertThat(ids(sorted(RiskSortField.ASSET_ID, false))).containsExactly(id(low), id(breach), id(medium));
        // one matrix for all: the ids decide, in the sort's direction
        assertThat(ids(sorted(RiskSortField.RISK_MATRIX_ID, true))).containsExactly(id(medium), id(breach), id(low));
    }

    @Test
    void filters_select_by_every_indexed_column() {
        Optional<String> noText = Optional.empty();
        assertThat(ids(filtered(f(Optional.of("100%"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())))).containsExactly(id(low));
        assertThat(ids(filtered(f(noText, Optional.of(RiskCategory.TECHNICAL), Optional.empty(), Optional.empty(),
                Optional.empty())))).containsExactly(id(breach));
        assertThat(ids(filtered(f(noText, Optional.empty(), Optional.of(RiskStatus.ASSESSED), Optional.empty(),
                Optional.empty())))).containsExactly(id(medium));
        assertThat(ids(filtered(f(noText, Optional.empty(), Optional.empty(), Optional.of(user), Optional.empty()))))
                .containsExactly(id(breach));
        assertThat(ids(filtered(f(noText, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(RiskLevel.LOW))))).containsExactly(id(low));
        assertThat(ids(filtered(f(Optional.of("_"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())))).isEmpty();
    }

    @Test
    void identified_dates_filter_from_inclusive_to_exclusive_and_by_matrix_and_creator() {
        RiskFilter window = new RiskFilter(Optional.empty(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Set.of(), Optional.of(new RiskMatrixId(1)),
                Optional.of(user), Optional.empty(), Optional.of(T0.plusSeconds(1)), Optional.of(T0.plusSeconds(2)), RatingCriteria.ANY, Optional.empty(), Optional.empty(), false,
                false, Optional.empty());

        assertThat(ids(readModel.list(new ListRisksQuery(window, List.of(), PageRequest.first()), ALL, LATER)))
                .containsExactly(id(breach));
    }

    @Test
    void review_overdue_is_measured_against_now_and_skips_closed_risks() {
        RiskFilter overdue = new RiskFilter(Optional.empty(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), RatingCriteria.ANY, Optional.empty(), Optional.empty(), true,
                false, Optional.empty());

        // breach's level is high (residual 2 x 5 = 10): due after 90 days; medium was reviewed at T0 + 4 s
        assertThat(ids(readModel.list(new ListRisksQuery(overdue, List.of(SortOrder.ascending(RiskSortField.ID)),
                PageRequest.first()), ALL, LATER))).containsExactly(id(breach), id(medium));
        assertThat(readModel.list(new ListRisksQuery(overdue, List.of(), PageRequest.first()), ALL, T0).items())
                .isEmpty();
    }

    @Test
    void the_heatmap_counts_each_rating_in_its_cell() {
        Map<RiskHeatmap.Position, Long> inherent = readModel.heatmap(ScoreType.INHERENT, RiskFilter.active(), ALL,
                LATER).cells();
        Map<RiskHeatmap.Position, Long> residual = readModel.heatmap(ScoreType.RESIDUAL, RiskFilter.active(), ALL,
                LATER).cells();

        assertThat(inherent).containsExactlyInAnyOrderEntriesOf(Map.of(new RiskHeatmap.Position(1, 2), 1L,
                new RiskHeatmap.Position(5, 5), 1L, new RiskHeatmap.Position(2, 3), 1L));
        assertThat(residual).containsExactlyInAnyOrderEntriesOf(Map.of(new RiskHeatmap.Position(2, 5), 1L));
        // rated inherent only: in no residual cell, counted apart
        assertThat(readModel.heatmap(ScoreType.RESIDUAL, RiskFilter.active(), ALL, LATER).unscored()).isEqualTo(2);
        assertThat(readModel.heatmap(ScoreType.INHERENT, RiskFilter.active(), ALL, LATER).unscored()).isZero();
        assertThat(readModel.heatmap(ScoreType.INHERENT, RiskFilter.active().onMatrix(new RiskMatrixId(99)), ALL,
                LATER).cells()).isEmpty();
    }

    @Test
    void counts_by_status_are_the_totals_of_the_list_one_status_at_a_time() {
        RiskFilter active = RiskFilter.active();

        assertThat(readModel.countByStatus(active, ALL, LATER)).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskStatus.IDENTIFIED, 2L, RiskStatus.ASSESSED, 1L));
        for (RiskStatus status : RiskStatus.values()) {
            RiskFilter ofStatus = active.withStatuses(Set.of(status));
            assertThat(readModel.countByStatus(ofStatus, ALL, LATER).getOrDefault(status, 0L)).isEqualTo(
                    readModel.list(new ListRisksQuery(ofStatus, List.of(), PageRequest.first()), ALL, LATER).total());
        }
        assertThat(readModel.countByStatus(active, Scope.nowhere(), LATER)).isEmpty();
    }

    @Test
    void score_history_is_newest_first_and_paged() {
        RiskId riskId = breach.id().orElseThrow();
        repository.appendScores(RiskScoreEntry.of(breach, List.of(ScoreType.INHERENT, ScoreType.RESIDUAL), STANDARD,
                ScoringNote.none(), Optional.of(user)));
        Risk rescored = breach.rescore(STANDARD, RiskEstimate.inherent(4, 4), POLICY, T0.plusSeconds(30));
        repository.appendScores(RiskScoreEntry.of(rescored, List.of(ScoreType.INHERENT), STANDARD,
                new ScoringNote("seen", "costly", "FAIR"), Optional.empty()));

        Page<RiskScoreView> history = readModel.scores(riskId, ALL, PageRequest.first());

        assertThat(history.total()).isEqualTo(3);
        assertThat(history.items()).extracting(RiskScoreView::totalScore).containsExactly(16.0, 10.0, 25.0);
        RiskScoreView newest = history.items().get(0);
        assertThat(newest.scoreType()).isEqualTo("inherent");
        assertThat(newest.riskLevel()).isEqualTo("high");
        assertThat(newest.likelihoodRationale()).isEqualTo("seen");
        assertThat(newest.impactRationale()).isEqualTo("costly");
        assertThat(newest.scoringMethodology()).isEqualTo("FAIR");
        assertThat(newest.scoredBy()).isNull();
        assertThat(newest.scoredAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(history.items().get(2).scoredBy()).isEqualTo(user.value());
        assertThat(readModel.scores(riskId, ALL, new PageRequest(1, 2)).items()).extracting(RiskScoreView::totalScore)
                .containsExactly(25.0);
        assertThat(readModel.scores(low.id().orElseThrow(), ALL, PageRequest.first()).total()).isZero();
    }

    // ---- scopes ------------------------------------------------------------------------------------------------

    @Test
    void a_scope_keeps_other_units_risks_out_of_every_page_total_and_heatmap_cell() {
        OrgUnitId a = storedUnit("A");
        OrgUnitId b = storedUnit("B");
        Risk ofA = repository.insert(aRisk("Echo of A", 4, 4, T0.plusSeconds(7)).placedIn(a));
        Risk ofB = repository.insert(aRisk("Foxtrot of B", 4, 4, T0.plusSeconds(8)).placedIn(b));
        Scope onlyA = new Scope(false, Set.of(a), Set.of(OrgUnitId.ROOT));
        ListRisksQuery byId = new ListRisksQuery(RiskFilter.active(), List.of(SortOrder.ascending(RiskSortField.ID)),
                PageRequest.first());

        Page<RiskView> page = readModel.list(byId, onlyA, LATER);
        assertThat(ids(page)).containsExactly(id(ofA));
        assertThat(page.total()).isEqualTo(1);
        assertThat(readModel.list(new ListRisksQuery(RiskFilter.active(), List.of(), new PageRequest(1, 1)), onlyA,
                LATER).items()).isEmpty();
        assertThat(readModel.heatmap(ScoreType.INHERENT, RiskFilter.active(), onlyA, LATER).cells())
                .containsExactlyInAnyOrderEntriesOf(Map.of(new RiskHeatmap.Position(4, 4), 1L));
        assertThat(readModel.heatmap(ScoreType.INHERENT, RiskFilter.active(), ALL, LATER).cells())
                .containsEntry(new RiskHeatmap.Position(4, 4), 2L);
        assertThat(ids(readModel.list(byId, ALL, LATER))).containsExactly(id(low), id(breach), id(medium), id(ofA),
                id(ofB));
    }

    @Test
    void an_empty_scope_sees_nothing() {
        repository.insert(aRisk("Echo of A", 4, 4, T0.plusSeconds(7)).placedIn(storedUnit("A")));

        Page<RiskView> page = readModel.list(ListRisksQuery.all(), Scope.nowhere(), LATER);
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(readModel.heatmap(ScoreType.INHERENT, RiskFilter.active(), Scope.nowhere(), LATER).cells())
                .isEmpty();
        assertThat(readModel.scores(breach.id().orElseThrow(), Scope.nowhere(), PageRequest.first()).total())
                .isZero();
    }

    @Test
    void the_unit_filter_selects_one_unit_within_the_scope() {
        OrgUnitId a = storedUnit("A");
        OrgUnitId b = storedUnit("B");
        repository.insert(aRisk("Echo of A", 4, 4, T0.plusSeconds(7)).placedIn(a));
        Risk ofB = repository.insert(aRisk("Foxtrot of B", 4, 4, T0.plusSeconds(8)).placedIn(b));
        RiskFilter ofUnitB = new RiskFilter(Optional.empty(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(b), Optional.empty(), Optional.empty(), RatingCriteria.ANY, Optional.empty(), Optional.empty(), false,
                false, Optional.empty());

        assertThat(ids(filtered(ofUnitB))).containsExactly(id(ofB));
        assertThat(readModel.list(new ListRisksQuery(ofUnitB, List.of(), PageRequest.first()),
                new Scope(false, Set.of(a), Set.of(OrgUnitId.ROOT)), LATER).total()).isZero();
        assertThat(readModel.heatmap(ScoreType.INHERENT, ofUnitB, ALL, LATER).cells())
                .containsExactlyInAnyOrderEntriesOf(Map.of(new RiskHeatmap.Position(4, 4), 1L));
    }

    @Test
    void the_score_history_of_a_risk_out_of_scope_is_empty() {
        OrgUnitId b = storedUnit("B");
        Risk ofB = repository.insert(aRisk("Foxtrot of B", 4, 4, T0.plusSeconds(8)).placedIn(b));
        repository.appendScores(RiskScoreEntry.of(ofB, List.of(ScoreType.INHERENT), STANDARD, ScoringNote.none(),
                Optional.empty()));
        RiskId id = ofB.id().orElseThrow();

        assertThat(readModel.scores(id, new Scope(false, Set.of(b), Set.of(OrgUnitId.ROOT)), PageRequest.first())
                .total()).isEqualTo(1);
        assertThat(readModel.scores(id, new Scope(false, Set.of(storedUnit("A")), Set.of(OrgUnitId.ROOT)),
                PageRequest.first()).items()).isEmpty();
    }

    private static RiskFilter f(Optional<String> text, Optional<RiskCategory> category, Optional<RiskStatus> status,
                                Optional<UserId> owner, Optional<RiskLevel> level) {
        return new RiskFilter(text, category.map(Set::of).orElse(Set.of()), status.map(Set::of).orElse(Set.of()),
                Set.of(), false, owner, level.map(Set::of).orElse(Set.of()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), RatingCriteria.ANY, Optional.empty(),
                Optional.empty(), false, false, Optional.empty());
    }

    private Page<RiskView> filtered(RiskFilter filter) {
        return readModel.list(new ListRisksQuery(filter, List.of(), PageRequest.first()), ALL, LATER);
    }

    private Page<RiskView> sorted(RiskSortField field, boolean descending) {
        return readModel.list(new ListRisksQuery(RiskFilter.active(), List.of(new SortOrder<>(field, descending)),
                PageRequest.first()), ALL, LATER);
    }

    private static long id(Risk risk) {
        return risk.id().orElseThrow().value();
    }

    private static List<Long> ids(Page<RiskView> page) {
        return page.items().stream().map(RiskView::id).toList();
    }
}
