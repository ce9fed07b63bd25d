package io.aegis.application.testing;

import io.aegis.application.asset.port.in.AssetRelationshipSortField;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.organisation.Scope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Both relationship out-ports, and the risk roll-up's view of them, over a map; reads assets' existence and activity
 * from the asset store it is given.
 */
public final class InMemoryAssetRelationships implements AssetRelationshipRepository, AssetRelationshipReadModel,
        AssetDependencyGraph {

    private final InMemoryAssets assets;
    private final Map<Long, AssetRelationshipEntry> rows = new TreeMap<>();
    private long lastId;

    public InMemoryAssetRelationships(InMemoryAssets assets) {
        this.assets = assets;
    }

    @Override
    public synchronized Optional<AssetRelationshipEntry> findById(AssetRelationshipId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized boolean exists(AssetId source, AssetId target, RelationshipType type) {
        return rows.values().stream().map(AssetRelationshipEntry::edge)
                .anyMatch(e -> e.source().equals(source) && e.target().equals(target) && e.type() == type);
    }

    @Override
    public synchronized AssetRelationshipEntry insert(AssetRelationshipEntry entry) {
        AssetRelationshipEntry stored = entry.identifiedAs(new AssetRelationshipId(++lastId));
        rows.put(lastId, stored);
        return stored;
    }

    @Override
    public synchronized boolean update(AssetRelationshipEntry entry) {
        long id = entry.id().orElseThrow().value();
        return rows.replace(id, entry) != null;
    }

    @Override
    public synchronized boolean delete(AssetRelationshipId id) {
        return rows.remove(id.value()) != null;
    }

    @Override
    public synchronized boolean assetExists(AssetId id, Scope visible) {
        return visible(id, visible);
    }

    @Override
    public synchronized Set<AssetId> visibleAmong(Set<AssetId> among, Scope visible) {
        return among.stream().filter(id -> visible(id, visible)).collect(Collectors.toSet());
    }

    @Override
    public synchronized Map<AssetId, String> namesAmong(Set<AssetId> among, Scope visible) {
        return among.stream().filter(id -> visible(id, visible)).collect(Collectors.toMap(Function.identity(),
                id -> assets.findById(id).orElseThrow().profile().name().value()));
    }

    @Override
    public synchronized List<AssetRelationship> criticalDependentsOf(Set<AssetId> providers) {
        return rows.values().stream().map(AssetRelationshipEntry::edge)
                .filter(e -> e.dependency().filter(d -> d.critical() && providers.contains(d.provider())).isPresent())
                .filter(e -> active(e.source()) && active(e.target()))
                .toList();
    }

    @Override
    public synchronized List<AssetRelationship> criticalDependenciesOf(Set<AssetId> dependents) {
        return rows.values().stream().map(AssetRelationshipEntry::edge)
                .filter(e -> e.dependency().filter(d -> d.critical() && dependents.contains(d.dependent())).isPresent())
                .filter(e -> active(e.source()) && active(e.target()))
                .toList();
    }

    @Override
    public synchronized Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query, Scope scope) {
        List<AssetRelationshipView> matches = rows.values().stream()
                .filter(r -> visible(r.edge().source(), scope) && visible(r.edge().target(), scope))
                .filter(matching(query))
                .map(this::named)
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized Optional<AssetRelationshipView> find(AssetRelationshipId id, Scope scope) {
        return findById(id).filter(r -> visible(r.edge().source(), scope) && visible(r.edge().target(), scope))
                .map(this::named);
    }

    private AssetRelationshipView named(AssetRelationshipEntry entry) {
        return AssetRelationshipView.of(entry).named(name(entry.edge().source()), name(entry.edge().target()));
    }

    private String name(AssetId id) {
        return assets.findById(id).map(asset -> asset.profile().name().value()).orElse(null);
    }

    private boolean visible(AssetId id, Scope scope) {
        return assets.findById(id).map(asset -> scope.includes(asset.unit())).orElse(false);
    }

    private boolean active(AssetId id) {
        return assets.findById(id).map(Asset::active).orElse(false);
    }

    private static Predicate<AssetRelationshipEntry> matching(ListAssetRelationshipsQuery q) {
        Predicate<AssetRelationshipEntry> all = r -> q.asset().map(a -> switch (q.direction()) {
            case OUTGOING -> r.edge().source().equals(a);
            case INCOMING -> r.edge().target().equals(a);
            case BOTH -> r.edge().source().equals(a) || r.edge().target().equals(a);
        }).orElse(true);
        all = all.and(r -> q.source().map(s -> r.edge().source().equals(s)).orElse(true));
        all = all.and(r -> q.target().map(t -> r.edge().target().equals(t)).orElse(true));
        all = all.and(r -> q.types().isEmpty() || q.types().contains(r.edge().type()));
        all = all.and(r -> q.critical().map(c -> r.edge().critical() == c).orElse(true));
        return all;
    }

    private static Comparator<AssetRelationshipView> order(List<SortOrder<AssetRelationshipSortField>> sort) {
        Comparator<AssetRelationshipView> order = (a, b) -> 0;
        for (SortOrder<AssetRelationshipSortField> criterion : sort) {
            Comparator<AssetRelationshipView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(AssetRelationshipView::id);
                case RELATIONSHIP_TYPE -> Comparator.comparing(AssetRelationshipView::relationshipType);
                case CREATED_AT -> Comparator.comparing(AssetRelationshipView::createdAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<AssetRelationshipView> byId = Comparator.comparingLong(AssetRelationshipView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
