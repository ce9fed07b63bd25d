package io.aegis.application.testing;

import io.aegis.application.asset.port.in.AssetCategorySortField;
import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Both asset-category out-ports over a map, for use-case tests and as the contracts' reference. */
public final class InMemoryAssetCategories implements AssetCategoryRepository, AssetCategoryReadModel {

    private final VersionedRows<AssetCategory> rows = new VersionedRows<>();

    @Override
    public synchronized Optional<AssetCategory> findById(AssetCategoryId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized List<AssetCategory> findByNames(Collection<AssetCategoryName> names) {
        Set<String> keys = names.stream().map(AssetCategoryName::key).collect(Collectors.toSet());
        return rows.all().stream().filter(category -> keys.contains(category.name().key())).toList();
    }

    @Override
    public synchronized boolean nameTaken(AssetCategoryName name, Optional<AssetCategoryId> except) {
        return rows.all().stream()
                .filter(c -> except.map(id -> !c.id().orElseThrow().equals(id)).orElse(true))
                .anyMatch(c -> c.name().value().equalsIgnoreCase(name.value()));
    }

    @Override
    public synchronized AssetCategory insert(AssetCategory category) {
        return rows.insert(id -> category.identifiedAs(new AssetCategoryId(id)));
    }

    @Override
    public synchronized boolean update(AssetCategory category, Instant expectedVersion) {
        return rows.update(category.id().orElseThrow().value(), category, expectedVersion);
    }

    @Override
    public synchronized Page<AssetCategoryView> list(ListAssetCategoriesQuery query) {
        List<AssetCategoryView> matches = rows.all().stream()
                .filter(matching(query))
                .map(AssetCategoryView::of)
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    public synchronized int size() {
        return rows.size();
    }

    private static Predicate<AssetCategory> matching(ListAssetCategoriesQuery query) {
        Predicate<AssetCategory> active = c -> query.includeInactive() || c.active();
        Predicate<AssetCategory> text = c -> query.text().map(t -> contains(c.name().value(), t)
                || c.description().map(d -> contains(d.value(), t)).orElse(false)).orElse(true);
        Predicate<AssetCategory> name = c -> query.name().map(n -> c.name().value().equalsIgnoreCase(n)).orElse(true);
        Predicate<AssetCategory> color = c -> query.color().map(col -> c.color().equals(Optional.of(col))).orElse(true);
        return active.and(text).and(name).and(color);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<AssetCategoryView> order(List<SortOrder<AssetCategorySortField>> sort) {
        Comparator<AssetCategoryView> order = (a, b) -> 0;
        for (SortOrder<AssetCategorySortField> criterion : sort) {
            Comparator<AssetCategoryView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(AssetCategoryView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case CREATED_AT -> Comparator.comparing(AssetCategoryView::createdAt);
                case UPDATED_AT -> Comparator.comparing(AssetCategoryView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<AssetCategoryView> byId = Comparator.comparingLong(AssetCategoryView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
