package io.aegis.application.risk;

import static io.aegis.application.risk.RiskMatrixMother.T0;
import static io.aegis.application.risk.RiskMatrixMother.aMatrix;
import static io.aegis.application.risk.RiskMatrixMother.aMatrixOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixSortField;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskMatrix;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RiskMatrixReadModel} must answer, on the same data in every store. */
public abstract class RiskMatrixReadModelContract {

    private static final Scope ALL = Scope.everywhere();

    private RiskMatrixReadModel readModel;
    private RiskMatrixRepository repository;

    /** A read model and a repository over the same empty store. */
    protected abstract Stores emptyStores();

    /** Stores an active unit under {@code parent}, in the store behind {@link #emptyStores()}. */
    protected abstract OrgUnitId storedUnit(String name, OrgUnitId parent);

    public record Stores(RiskMatrixRepository repository, RiskMatrixReadModel readModel) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        readModel = stores.readModel();
        repository = stores.repository();
        repository.insert(aMatrix("delta 100%", 3, 3, false, T0.plusSeconds(4)));
        repository.insert(aMatrix("Alpha", 5, 5, true, T0.plusSeconds(1)));
        repository.insert(aMatrix("charlie", 6, 6, false, T0.plusSeconds(3)));
        RiskMatrix bravo = repository.insert(aMatrix("Bravo", 4, 5, false, T0.plusSeconds(2)));
        repository.update(bravo.deactivate(T0.plusSeconds(10)), bravo.version());
    }

    @Test
    void lists_active_matrices_by_name_ignoring_case_by_default() {
        Page<RiskMatrixView> page = readModel.list(ListRiskMatricesQuery.all(), ALL);

        assertThat(names(page)).containsExactly("Alpha", "charlie", "delta 100%");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void include_inactive_lists_deactivated_ones_too_and_pages_count_every_match() {
        Page<RiskMatrixView> page = listed(query(Optional.empty(), Optional.empty(), true, List.of(),
                new PageRequest(2, 1)));

        assertThat(names(page)).containsExactly("Bravo", "charlie");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void a_page_past_the_end_is_empty_but_counts() {
        Page<RiskMatrixView> page = listed(query(Optional.empty(), Optional.empty(), false, List.of(),
                new PageRequest(5, 40)));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void sorts_by_each_field_either_way() {
        assertThat(names(sorted(RiskMatrixSortField.CREATED_AT, true)))
                .containsExactly("delta 100%", "charlie", "Bravo", "Alpha");
        assertThat(names(sorted(RiskMatrixSortField.UPDATED_AT, true)))
                .containsExactly("Bravo", "delta 100%", "charlie", "Alpha");
        assertThat(names(sorted(RiskMatrixSortField.NAME, true)))
                .containsExactly("delta 100%", "charlie", "Bravo", "Alpha");
        assertThat(names(sorted(RiskMatrixSortField.ID, false)))
                .containsExactly("delta 100%", "Alpha", "charlie", "Bravo");
    }

    @Test
    void q_looks_into_the_name_ignoring_case_and_takes_like_wildcards_literally() {
        assertThat(names(listed(query(Optional.of("HARL"), Optional.empty(), false, List.of(),
                PageRequest.first())))).containsExactly("charlie");
        assertThat(names(listed(query(Optional.of("%"), Optional.empty(), true, List.of(),
                PageRequest.first())))).containsExactly("delta 100%");
        assertThat(listed(query(Optional.of("_"), Optional.empty(), true, List.of(), PageRequest.first()))
                .items()).isEmpty();
        // descriptions are not searched
        assertThat(listed(query(Optional.of("about"), Optional.empty(), true, List.of(),
                PageRequest.first())).items()).isEmpty();
    }

    @Test
    void filters_the_default_in_or_out() {
        assertThat(names(listed(query(Optional.empty(), Optional.of(true), true, List.of(),
                PageRequest.first())))).containsExactly("Alpha");
        assertThat(names(listed(query(Optional.empty(), Optional.of(false), true, List.of(),
                PageRequest.first())))).containsExactly("Bravo", "charlie", "delta 100%");
    }

    @Test
    void views_carry_every_property_in_the_stored_shapes() {
        RiskMatrixView charlie = listed(query(Optional.of("charlie"), Optional.empty(), false, List.of(),
                PageRequest.first())).items().get(0);

        assertThat(charlie.description()).isEqualTo("about charlie");
        assertThat(charlie.likelihoodLevels()).hasSize(6).first()
                .isEqualTo(new RiskMatrixView.Level(1, "L1", "level 1"));
        assertThat(charlie.impactLevels()).hasSize(6).last()
                .isEqualTo(new RiskMatrixView.Level(6, "I6", "level 6"));
        assertThat(charlie.riskScores()).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(charlie.riskScores().get(5).get(4)).isEqualTo(30.0);
        assertThat(charlie.riskLevels()).containsExactly(
                new RiskMatrixView.Band("low", 1, 4, "#2E7D32"), new RiskMatrixView.Band("medium", 5, 9, "#F9A825"),
                new RiskMatrixView.Band("high", 10, 16, "#EF6C00"),
                new RiskMatrixView.Band("critical", 17, 36, "#C62828"));
        assertThat(charlie.isDefault()).isFalse();
        assertThat(charlie.active()).isTrue();
        assertThat(charlie.createdAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(charlie.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    // ---- scopes ------------------------------------------------------------------------------------------------

    @Test
    void a_scope_sees_the_matrices_of_its_units_and_of_the_units_above_them_never_of_others() {
        OrgUnitId a = storedUnit("A", OrgUnitId.ROOT);
        OrgUnitId a1 = storedUnit("A1", a);
        OrgUnitId b = storedUnit("B", OrgUnitId.ROOT);
        repository.insert(aMatrixOf(a, "Of A", 3, 3, false, T0.plusSeconds(5)));
        repository.insert(aMatrixOf(a1, "Of A1", 3, 3, false, T0.plusSeconds(6)));
        repository.insert(aMatrixOf(b, "Of B", 3, 3, false, T0.plusSeconds(7)));
        Scope inA1 = new Scope(false, Set.of(a1), Set.of(OrgUnitId.ROOT, a));
        Scope inA = new Scope(false, Set.of(a, a1), Set.of(OrgUnitId.ROOT));

        Page<RiskMatrixView> fromA1 = readModel.list(ListRiskMatricesQuery.all(), inA1);
        assertThat(names(fromA1)).containsExactly("Alpha", "charlie", "delta 100%", "Of A", "Of A1");
        assertThat(fromA1.total()).isEqualTo(5);
        assertThat(names(readModel.list(ListRiskMatricesQuery.all(), inA))).containsExactly("Alpha", "charlie",
                "delta 100%", "Of A", "Of A1");
        assertThat(readModel.list(ListRiskMatricesQuery.all(), ALL).total()).isEqualTo(6);
        assertThat(readModel.list(query(Optional.of("Of"), Optional.empty(), false, List.of(),
                new PageRequest(1, 1)), inA1).total()).isEqualTo(2);
    }

    @Test
    void an_empty_scope_sees_no_matrix() {
        Page<RiskMatrixView> page = readModel.list(ListRiskMatricesQuery.all(), Scope.nowhere());

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void views_carry_the_unit() {
        OrgUnitId a = storedUnit("A", OrgUnitId.ROOT);
        repository.insert(aMatrixOf(a, "Of A", 3, 3, false, T0.plusSeconds(5)));

        assertThat(readModel.list(query(Optional.of("Of A"), Optional.empty(), false, List.of(),
                PageRequest.first()), ALL).items()).extracting(RiskMatrixView::orgUnitId).containsExactly(a.value());
        assertThat(listed(query(Optional.of("Alpha"), Optional.empty(), false, List.of(), PageRequest.first()))
                .items()).extracting(RiskMatrixView::orgUnitId).containsExactly(OrgUnitId.ROOT.value());
    }

    private Page<RiskMatrixView> listed(ListRiskMatricesQuery query) {
        return readModel.list(query, ALL);
    }

    private Page<RiskMatrixView> sorted(RiskMatrixSortField field, boolean descending) {
        return listed(query(Optional.empty(), Optional.empty(), true,
                List.of(new SortOrder<>(field, descending)), PageRequest.first()));
    }

    private static ListRiskMatricesQuery query(Optional<String> text, Optional<Boolean> isDefault,
                                               boolean includeInactive, List<SortOrder<RiskMatrixSortField>> sort,
                                               PageRequest page) {
        return new ListRiskMatricesQuery(text, isDefault, includeInactive, sort, page);
    }

    private static List<String> names(Page<RiskMatrixView> page) {
        return page.items().stream().map(RiskMatrixView::name).toList();
    }
}
