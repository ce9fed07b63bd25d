package io.aegis.application.testing;

import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Page;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.SortOrder;
import io.aegis.application.port.Transactions;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.Timestamps;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The audit trail in memory: writes into an {@link InMemoryAuditChain}'s rows as the persistence adapter writes
 * into {@code audit_logs} (states as JSON, {@link AuditStates}; the writer's MAC; waiting for the sealer; refused
 * while the chain is broken or its state gone), lists them as the audit log does, and runs transactions that roll
 * the rows and the chain's state back when the work throws. The contracts' reference for {@link AuditTrail} and
 * {@link AuditLogReadModel}.
 */
public final class InMemoryAuditTrail implements AuditTrail, AuditLogReadModel, Transactions {

    private final InMemoryAuditChain chain;
    private final AuditKey key;
    private int depth;

    public InMemoryAuditTrail(InMemoryAuditChain chain, AuditKey key) {
        this.chain = chain;
        this.key = key;
    }

    /** The outermost call keeps a copy of the store and puts it back if the work throws; inner calls join it. */
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return joined(work);
        }
        TreeMap<Long, StoredAuditRow> rows = new TreeMap<>(chain.rows);
        Optional<AuditChainState> state = chain.state;
        try {
            return joined(work);
        } catch (RuntimeException | Error rolledBack) {
            chain.rows.clear();
            chain.rows.putAll(rows);
            chain.state = state;
            throw rolledBack;
        }
    }

    private <T> T joined(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public synchronized void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (chain.state.flatMap(AuditChainState::brokenReason).isPresent() || chain.state.isEmpty()) {
            throw new AuditChainBrokenException();
        }
        for (AuditEntry entry : entries) {
            long id = chain.rows.isEmpty() ? 1 : chain.rows.lastKey() + 1;
            AuditContent content = content(entry);
            chain.rows.put(id, StoredAuditRow.of(id, content, AuditSeal.written(key, content)));
        }
    }

    private static AuditContent content(AuditEntry entry) {
        RequestOrigin origin = entry.actor().origin();
        return new AuditContent(UUID.randomUUID().toString().replace("-", ""), entry.actor().userId().orElse(null),
                entry.action(), entry.resourceType(), entry.resourceId(),
                entry.unit() == null ? null : entry.unit().value(), AuditStates.json(entry.before()),
                AuditStates.json(entry.after()), orNull(origin.clientAddress()), orNull(origin.userAgent()),
                orNull(origin.sessionId()), orNull(origin.requestId()), orNull(origin.clientRequestId()),
                entry.outcome().name().toLowerCase(Locale.ROOT), entry.errorMessage(), Timestamps.truncate(entry.at()));
    }

    /** An unknown (empty) origin field is stored as no value. */
    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    @Override
    public synchronized Page<AuditLogView> list(ListAuditLogsQuery query, Scope scope) {
        List<AuditLogView> matches = chain.rows.values().stream()
                .map(row -> AuditLogView.of(new AuditRecord(row.id(), row.content().orElseThrow()), row.seal()))
                .filter(row -> visibleIn(scope, row))
                .filter(matching(query))
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    /** A row of no unit only for an unlimited scope, as {@code org_unit_id IN (...)} is never true for NULL. */
    private static boolean visibleIn(Scope scope, AuditLogView row) {
        return scope.unlimited() || row.orgUnitId() != null && scope.includes(new OrgUnitId(row.orgUnitId()));
    }

    private static Predicate<AuditLogView> matching(ListAuditLogsQuery query) {
        List<Predicate<AuditLogView>> all = List.of(
                row -> query.userId().map(user -> user.equals(row.userId())).orElse(true),
                row -> query.actions().isEmpty() || query.actions().contains(row.action()),
                row -> query.outcomes().isEmpty() || query.outcomes().stream().map(AuditEntry.Outcome::key)
                        .anyMatch(row.outcome()::equals),
                row -> query.resourceType().map(type -> type.equals(row.resourceType())).orElse(true),
                row -> query.resourceId().map(id -> id.equals(row.resourceId())).orElse(true),
                row -> query.orgUnitId().map(unit -> Long.valueOf(unit.value()).equals(row.orgUnitId())).orElse(true),
                row -> query.from().map(from -> !row.createdAt().isBefore(from)).orElse(true),
                row -> query.to().map(row.createdAt()::isBefore).orElse(true));
        return all.stream().reduce(row -> true, Predicate::and);
    }

    /** The criteria in order, then the id ascending, as every list ends. */
    private static Comparator<AuditLogView> order(List<SortOrder<AuditLogSortField>> sort) {
        Comparator<AuditLogView> order = (a, b) -> 0;
        for (SortOrder<AuditLogSortField> criterion : sort) {
            Comparator<AuditLogView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(AuditLogView::id);
                case CREATED_AT -> Comparator.comparing(AuditLogView::createdAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<AuditLogView> byId = Comparator.comparingLong(AuditLogView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
