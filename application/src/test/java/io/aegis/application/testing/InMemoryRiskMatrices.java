package io.aegis.application.testing;

import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixSortField;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Both risk-matrix out-ports over a map, starting as a migrated database does: with the standard 5x5 default
 * as id 1. Which matrices score risks is told by {@link #scoreARiskOn}, standing in for the risks table.
 */
public final class InMemoryRiskMatrices implements RiskMatrixRepository, RiskMatrixReadModel {

    private final VersionedRows<RiskMatrix> rows = new VersionedRows<>();
    private final Set<RiskMatrixId> scoringRisks = new HashSet<>();

    public InMemoryRiskMatrices() {
        add(RiskMatrix.standard5x5(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private InMemoryRiskMatrices(Void empty) {
    }

    /** Without the standard matrix, for the contracts, which start from an empty store. */
    public static InMemoryRiskMatrices empty() {
        return new InMemoryRiskMatrices(null);
    }

    /** Stores {@code matrix} under the next id, as it is (default or not), and returns it with that id. */
    public synchronized RiskMatrix add(RiskMatrix matrix) {
        return rows.insert(id -> matrix.identifiedAs(new RiskMatrixId(id)));
    }

    /** From now on a risk is scored on this matrix. */
    public synchronized void scoreARiskOn(RiskMatrixId id) {
        scoringRisks.add(id);
    }

    @Override
    public synchronized Optional<RiskMatrix> findById(RiskMatrixId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized Optional<RiskMatrix> findDefault() {
        return rows.all().stream().filter(m -> m.isDefault() && m.active()).findFirst();
    }

    @Override
    public synchronized boolean nameTaken(RiskMatrixName name, Optional<RiskMatrixId> except) {
        return rows.all().stream()
                .filter(m -> except.map(id -> !m.id().orElseThrow().equals(id)).orElse(true))
                .anyMatch(m -> m.name().value().equalsIgnoreCase(name.value()));
    }

    @Override
    public synchronized boolean scoresRisks(RiskMatrixId id) {
        return scoringRisks.contains(id);
    }

    @Override
    public synchronized RiskMatrix insert(RiskMatrix matrix) {
        return add(matrix);
    }

    @Override
    public synchronized boolean update(RiskMatrix matrix, Instant expectedVersion) {
        return rows.update(matrix.id().orElseThrow().value(), matrix, expectedVersion);
    }

    @Override
    public synchronized Page<RiskMatrixView> list(ListRiskMatricesQuery query, Scope scope) {
        List<RiskMatrixView> matches = rows.all().stream()
                .filter(matrix -> scope.shares(matrix.unit()))
                .filter(matching(query))
                .map(RiskMatrixView::of)
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    public synchronized int size() {
        return rows.size();
    }

    private static Predicate<RiskMatrix> matching(ListRiskMatricesQuery query) {
        Predicate<RiskMatrix> active = m -> query.includeInactive() || m.active();
        Predicate<RiskMatrix> text = m -> query.text().map(t -> m.name().value().toLowerCase(Locale.ROOT)
                .contains(t.toLowerCase(Locale.ROOT))).orElse(true);
        Predicate<RiskMatrix> isDefault = m -> query.isDefault().map(d -> m.isDefault() == d).orElse(true);
        return active.and(text).and(isDefault);
    }

    private static Comparator<RiskMatrixView> order(List<SortOrder<RiskMatrixSortField>> sort) {
        Comparator<RiskMatrixView> order = (a, b) -> 0;
        for (SortOrder<RiskMatrixSortField> criterion : sort) {
            Comparator<RiskMatrixView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(RiskMatrixView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case CREATED_AT -> Comparator.comparing(RiskMatrixView::createdAt);
                case UPDATED_AT -> Comparator.comparing(RiskMatrixView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<RiskMatrixView> byId = Comparator.comparingLong(RiskMatrixView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
