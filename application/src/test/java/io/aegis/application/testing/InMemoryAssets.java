package io.aegis.application.testing;

import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.organisation.Scope;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Both asset out-ports over a map, for use-case tests and as the contracts' reference. */
public final class InMemoryAssets implements AssetRepository, AssetReadModel {

    /** Both databases order NULL before every value. */
    private static final Comparator<Long> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final VersionedRows<Asset> rows = new VersionedRows<>();

    @Override
    public synchronized Optional<Asset> findById(AssetId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized List<Asset> findByIds(Collection<AssetId> ids) {
        return ids.stream().flatMap(id -> rows.find(id.value()).stream()).toList();
    }

    @Override
    public synchronized List<Asset> findByNames(Collection<AssetName> names) {
        return rows.all().stream().filter(asset -> names.contains(asset.profile().name())).toList();
    }

    @Override
    public synchronized Asset insert(Asset asset) {
        return rows.insert(id -> asset.identifiedAs(new AssetId(id)));
    }

    @Override
    public synchronized List<Asset> insertAll(List<Asset> assets) {
        if (assets.stream().map(asset -> List.of(asset.profile().name(), asset.profile().type())).distinct().count()
                < assets.size()) {
            throw new IllegalArgumentException("assets inserted at once must differ in name and type");
        }
        return assets.stream().map(this::insert).toList();
    }

    @Override
    public synchronized boolean update(Asset asset, Instant expectedVersion) {
        return rows.update(asset.id().orElseThrow().value(), asset, expectedVersion);
    }

    @Override
    public synchronized boolean updateAll(List<Asset> assets, List<Instant> expectedVersions) {
        boolean all = true;
        for (int i = 0; i < assets.size(); i++) {
            all &= update(assets.get(i), expectedVersions.get(i));
        }
        return all;
    }

    @Override
    public synchronized Page<AssetView> list(ListAssetsQuery query, Scope scope) {
        List<AssetView> matches = rows.all().stream()
                .filter(asset -> scope.includes(asset.unit()))
                .filter(matching(query))
                .map(AssetView::of)
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    /** Without the names of owners and categories, which this store does not hold. */
    @Override
    public synchronized Optional<AssetView> find(AssetId id, Scope scope) {
        return findById(id).filter(asset -> scope.includes(asset.unit())).map(AssetView::of);
    }

    public synchronized int size() {
        return rows.size();
    }

    private static Predicate<Asset> matching(ListAssetsQuery q) {
        Predicate<Asset> all = a -> q.includeInactive() || a.active();
        all = all.and(a -> q.text().map(t -> contains(a.profile().name().value(), t)
                || a.profile().hostname() != null && contains(a.profile().hostname().value(), t)
                || a.profile().ipAddress() != null && contains(a.profile().ipAddress().value(), t)).orElse(true));
        all = all.and(a -> q.name().map(n -> a.profile().name().value().equalsIgnoreCase(n)).orElse(true));
        all = all.and(a -> q.types().isEmpty() || q.types().contains(a.profile().type()));
        all = all.and(a -> q.criticalities().isEmpty() || q.criticalities().contains(a.profile().criticality()));
        all = all.and(a -> q.categoryId().map(c -> c.equals(a.profile().categoryId())).orElse(true));
        all = all.and(a -> q.ownerId().map(o -> o.equals(a.profile().ownerId())).orElse(true));
        all = all.and(a -> q.statuses().isEmpty() || q.statuses().contains(a.profile().status()));
        all = all.and(a -> q.createdBy().map(u -> a.createdBy().equals(Optional.of(u))).orElse(true));
        all = all.and(a -> q.createdFrom().map(f -> !a.createdAt().isBefore(f)).orElse(true));
        all = all.and(a -> q.createdTo().map(t -> a.createdAt().isBefore(t)).orElse(true));
        all = all.and(a -> q.orgUnit().map(u -> a.unit().equals(u)).orElse(true));
        return all;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<AssetView> order(List<SortOrder<AssetSortField>> sort) {
        Comparator<AssetView> order = (a, b) -> 0;
        for (SortOrder<AssetSortField> criterion : sort) {
            Comparator<AssetView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(AssetView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case ASSET_TYPE -> Comparator.comparing(AssetView::assetType);
                case CRITICALITY -> Comparator.comparing(v -> Criticality.fromKey(v.criticality()));
                case STATUS -> Comparator.comparing(AssetView::status);
                case CATEGORY_ID -> Comparator.comparing(AssetView::categoryId, NULLS_FIRST);
                case OWNER_ID -> Comparator.comparing(AssetView::ownerId, NULLS_FIRST);
                case CREATED_BY -> Comparator.comparing(AssetView::createdBy, NULLS_FIRST);
                case CREATED_AT -> Comparator.comparing(AssetView::createdAt);
                case UPDATED_AT -> Comparator.comparing(AssetView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<AssetView> byId = Comparator.comparingLong(AssetView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
