package io.aegis.application.testing;

import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.OrgUnitSortField;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitReadModel;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.shared.Names;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Both organisational-unit out-ports over a map, for use-case tests and as the contracts' reference. Starts as a
 * migrated database does: with the root unit, id 1, named "Organisation".
 */
public final class InMemoryOrgUnits implements OrgUnitRepository, OrgUnitReadModel {

    public static final OrgUnitId ROOT = OrgUnitId.ROOT;
    public static final Instant ROOT_CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final VersionedRows<OrgUnit> rows = new VersionedRows<>();

    public InMemoryOrgUnits() {
        rows.put(ROOT.value(), OrgUnit.restore(ROOT, new OrgUnitName("Organisation"), null, null, true,
                ROOT_CREATED, null));
    }

    @Override
    public synchronized Map<OrgUnitId, Optional<OrgUnitId>> parentLinks() {
        Map<OrgUnitId, Optional<OrgUnitId>> links = new LinkedHashMap<>();
        rows.all().forEach(unit -> links.put(unit.id().orElseThrow(), unit.parent()));
        return links;
    }

    /** No transaction to hold the units in: use-case tests make one change at a time. */
    @Override
    public Map<OrgUnitId, Optional<OrgUnitId>> lockedParentLinks() {
        return parentLinks();
    }

    @Override
    public synchronized Optional<OrgUnit> findById(OrgUnitId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized boolean nameTaken(OrgUnitName name, OrgUnitId parent, Optional<OrgUnitId> except) {
        return rows.all().stream()
                .filter(unit -> unit.parent().equals(Optional.of(parent)))
                .filter(unit -> !unit.id().equals(except))
                .anyMatch(unit -> unit.name().key().equals(name.key()));
    }

    @Override
    public synchronized OrgUnitContents contentsOf(OrgUnitId unit) {
        long children = rows.all().stream().filter(child -> child.active() && child.parent().equals(Optional.of(unit)))
                .count();
        return new OrgUnitContents(children, 0, 0, 0, 0);
    }

    @Override
    public synchronized OrgUnit insert(OrgUnit unit) {
        return rows.insert(id -> unit.identifiedAs(new OrgUnitId(id)));
    }

    @Override
    public synchronized boolean update(OrgUnit unit, Instant expectedVersion) {
        return rows.update(unit.id().orElseThrow().value(), unit, expectedVersion);
    }

    @Override
    public synchronized Page<OrgUnitView> list(ListOrgUnitsQuery query) {
        OrgUnitTree tree = OrgUnitTree.of(parentLinks());
        List<OrgUnitView> matches = rows.all().stream()
                .filter(matching(query))
                .map(unit -> OrgUnitView.of(unit, tree))
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    public synchronized int size() {
        return rows.size();
    }

    private static Predicate<OrgUnit> matching(ListOrgUnitsQuery query) {
        Predicate<OrgUnit> active = unit -> query.includeInactive() || unit.active();
        Predicate<OrgUnit> text = unit -> query.text().map(t -> contains(unit.name().value(), t)
                || unit.description().map(d -> contains(d.value(), t)).orElse(false)).orElse(true);
        Predicate<OrgUnit> name = unit -> query.name().map(n -> unit.name().key().equals(Names.key(n)))
                .orElse(true);
        Predicate<OrgUnit> parent = unit -> query.parent().map(p -> unit.parent().equals(Optional.of(p)))
                .orElse(true);
        return active.and(text).and(name).and(parent);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<OrgUnitView> order(List<SortOrder<OrgUnitSortField>> sort) {
        Comparator<OrgUnitView> order = (a, b) -> 0;
        for (SortOrder<OrgUnitSortField> criterion : sort) {
            Comparator<OrgUnitView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(OrgUnitView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case CREATED_AT -> Comparator.comparing(OrgUnitView::createdAt);
                case UPDATED_AT -> Comparator.comparing(OrgUnitView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<OrgUnitView> byId = Comparator.comparingLong(OrgUnitView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
