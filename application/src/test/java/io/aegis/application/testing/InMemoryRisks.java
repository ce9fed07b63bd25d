package io.aegis.application.testing;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskRating;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The risk out-ports over maps, for use-case tests and as the contracts' reference. Reads the units from the unit
 * store it is given (a store holding the root alone when none is).
 */
public final class InMemoryRisks implements RiskRepository, RiskReadModel, RiskReferences, RiskExposureReadModel,
        OwnExposureRanking {

    private final VersionedRows<Risk> rows = new VersionedRows<>();
    private final List<RiskScoreView> scores = new ArrayList<>();
    private final List<RiskReview> reviews = new ArrayList<>();
    private final Map<AssetId, OrgUnitId> assets = new HashMap<>();
    private final Set<UserId> users = new HashSet<>();
    private final InMemoryOrgUnits units;

    public InMemoryRisks() {
        this(new InMemoryOrgUnits());
    }

    public InMemoryRisks(InMemoryOrgUnits units) {
        this.units = units;
    }

    /** Makes {@code asset} an active asset of the root unit a risk may point at. */
    public synchronized void addAsset(AssetId asset) {
        addAsset(asset, OrgUnitId.ROOT);
    }

    /** Makes {@code asset} an active asset of {@code unit} a risk may point at. */
    public synchronized void addAsset(AssetId asset, OrgUnitId unit) {
        assets.put(asset, unit);
    }

    /** Makes {@code user} an active user who may own a risk. */
    public synchronized void addUser(UserId user) {
        users.add(user);
    }

    @Override
    public synchronized Optional<Risk> findById(RiskId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized Risk insert(Risk risk) {
        return rows.insert(id -> risk.identifiedAs(new RiskId(id)));
    }

    @Override
    public synchronized boolean update(Risk risk, Instant expectedVersion) {
        return rows.update(risk.id().orElseThrow().value(), risk, expectedVersion);
    }

    @Override
    public synchronized void appendScores(List<RiskScoreEntry> entries) {
        for (RiskScoreEntry entry : entries) {
            RiskRating rating = entry.rating();
            scores.add(new RiskScoreView(scores.size() + 1L, entry.riskId().value(), entry.type().key(),
                    rating.likelihood().value(), rating.impact().value(), rating.score().value(),
                    rating.level().key(), entry.likelihoodRationale(), entry.impactRationale(), entry.methodology(),
                    entry.scoredBy().map(UserId::value).orElse(null), entry.scoredAt()));
        }
    }

    @Override
    public synchronized void appendReview(RiskReview review) {
        reviews.add(review);
    }

    /** The review record as appended, oldest first. */
    public synchronized List<RiskReview> reviews() {
        return List.copyOf(reviews);
    }

    public synchronized int size() {
        return rows.size();
    }

    public synchronized int scoreCount() {
        return scores.size();
    }

    @Override
    public synchronized boolean activeAssetExists(AssetId id, Scope visible) {
        return assets.containsKey(id) && visible.includes(assets.get(id));
    }

    @Override
    public synchronized boolean activeUserExists(UserId id) {
        return users.contains(id);
    }

    @Override
    public boolean activeUnitExists(OrgUnitId id) {
        return units.findById(id).map(OrgUnit::active).orElse(false);
    }

    @Override
    public OrgUnitTree units() {
        return OrgUnitTree.of(units.parentLinks());
    }

    @Override
    public synchronized Page<RiskView> list(ListRisksQuery query, Scope scope, Instant now) {
        List<RiskView> matches = rows.all().stream()
                .filter(risk -> scope.includes(risk.unit()))
                .filter(matching(query.filter(), now))
                .map(RiskView::of)
                .sorted(order(query.sort()))
                .toList();
        return page(matches, query.page());
    }

    @Override
    public synchronized Optional<RiskView> find(RiskId id, Scope scope) {
        return findById(id).filter(risk -> scope.includes(risk.unit())).map(RiskView::of);
    }

    @Override
    public synchronized HeatmapCounts heatmap(ScoreType type, RiskFilter filter, Scope scope, Instant now) {
        List<Risk> selected = rows.all().stream()
                .filter(risk -> scope.includes(risk.unit()))
                .filter(matching(filter, now))
                .toList();
        Map<RiskHeatmap.Position, Long> cells = selected.stream()
                .flatMap(risk -> risk.rating(type).stream())
                .collect(Collectors.groupingBy(
                        rating -> new RiskHeatmap.Position(rating.likelihood().value(), rating.impact().value()),
                        Collectors.counting()));
        return new HeatmapCounts(cells, selected.stream().filter(risk -> risk.rating(type).isEmpty()).count());
    }

    @Override
    public synchronized Map<RiskStatus, Long> countByStatus(RiskFilter filter, Scope scope, Instant now) {
        return rows.all().stream()
                .filter(risk -> scope.includes(risk.unit()))
                .filter(matching(filter, now))
                .collect(Collectors.groupingBy(Risk::status, Collectors.counting()));
    }

    @Override
    public synchronized Page<RiskScoreView> scores(RiskId id, Scope scope, PageRequest page) {
        boolean visible = findById(id).filter(risk -> scope.includes(risk.unit())).isPresent();
        List<RiskScoreView> history = scores.stream()
                .filter(score -> visible && score.riskId() == id.value())
                .sorted(Comparator.comparing(RiskScoreView::scoredAt).thenComparing(RiskScoreView::id).reversed())
                .toList();
        return page(history, page);
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        return Page.of(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page);
    }

    private static Predicate<Risk> matching(RiskFilter filter, Instant now) {
        List<Predicate<Risk>> all = List.of(
                risk -> filter.includeInactive() || risk.active(),
                risk -> filter.text().map(text -> risk.facts().title().value().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))).orElse(true),
                risk -> anyOf(filter.categories(), risk.facts().category()),
                risk -> anyOf(filter.statuses(), risk.status()),
                risk -> filter.assets().isEmpty() || risk.facts().asset().filter(filter.assets()::contains).isPresent(),
                risk -> filter.owner().map(owner -> risk.facts().owner().equals(Optional.of(owner))).orElse(true),
                risk -> filter.levels().isEmpty() || risk.level().filter(filter.levels()::contains).isPresent(),
                risk -> filter.ratings().inherentLikelihood().map(value -> risk.inherent()
                        .filter(r -> r.likelihood().value() == value).isPresent()).orElse(true),
                risk -> filter.ratings().inherentImpact().map(value -> risk.inherent()
                        .filter(r -> r.impact().value() == value).isPresent()).orElse(true),
                risk -> filter.ratings().residualLikelihood().map(value -> risk.residual()
                        .filter(r -> r.likelihood().value() == value).isPresent()).orElse(true),
                risk -> filter.ratings().residualImpact().map(value -> risk.residual()
                        .filter(r -> r.impact().value() == value).isPresent()).orElse(true),
                risk -> filter.tag().map(tag -> risk.facts().details().tags().values().stream()
                        .anyMatch(tag::equalsIgnoreCase)).orElse(true),
                risk -> filter.scored().map(scored -> scored == risk.scored()).orElse(true),
                risk -> filter.matrix().map(risk.matrixId()::equals).orElse(true),
                risk -> filter.createdBy().map(user -> risk.createdBy().equals(Optional.of(user))).orElse(true),
                risk -> filter.unit().map(risk.unit()::equals).orElse(true),
                risk -> filter.identifiedFrom().map(from -> !risk.identifiedDate().isBefore(from)).orElse(true),
                risk -> filter.identifiedTo().map(risk.identifiedDate()::isBefore).orElse(true),
                risk -> !filter.reviewOverdue() || risk.status() != RiskStatus.CLOSED
                        && risk.nextReviewDate().filter(now::isAfter).isPresent());
        return all.stream().reduce(risk -> true, Predicate::and);
    }

    private static <T> boolean anyOf(Set<T> values, T value) {
        return values.isEmpty() || values.contains(value);
    }

    private static Comparator<RiskView> order(List<SortOrder<RiskSortField>> sort) {
        Comparator<RiskView> order = (a, b) -> 0;
        for (SortOrder<RiskSortField> criterion : sort) {
            Comparator<RiskView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(RiskView::id);
                case TITLE -> Comparator.comparing(v -> v.title().toLowerCase(Locale.ROOT));
                case CATEGORY -> Comparator.comparing(RiskView::category);
                case STATUS -> Comparator.comparing(RiskView::status);
                case ASSET_ID -> nullsFirst(RiskView::assetId);
                case OWNER_ID -> nullsFirst(RiskView::ownerId);
                case RISK_MATRIX_ID -> Comparator.comparingLong(RiskView::riskMatrixId);
                case CREATED_BY -> nullsFirst(RiskView::createdBy);
                case RISK_LEVEL -> Comparator.comparing(v -> RiskLevel.parse("risk_level", v.riskLevel()));
                case INHERENT_RISK_SCORE -> Comparator.comparingDouble(RiskView::inherentRiskScore);
                // an unscored risk comes last in both directions, as the databases order it
                case RESIDUAL_RISK_SCORE -> Comparator.comparing(RiskView::residualRiskScore,
                        Comparator.nullsLast(criterion.descending() ? Comparator.<Double>reverseOrder()
                                : Comparator.naturalOrder()));
                case IDENTIFIED_DATE -> Comparator.comparing(RiskView::identifiedDate);
                case NEXT_REVIEW_DATE -> nullsFirst(RiskView::nextReviewDate);
                case CREATED_AT -> Comparator.comparing(RiskView::createdAt);
                case UPDATED_AT -> Comparator.comparing(RiskView::updatedAt);
            };
            boolean directed = criterion.field() == RiskSortField.RESIDUAL_RISK_SCORE;
            order = order.thenComparing(criterion.descending() && !directed ? one.reversed() : one);
        }
        Comparator<RiskView> byId = Comparator.comparingLong(RiskView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }

    private static <T extends Comparable<T>> Comparator<RiskView> nullsFirst(Function<RiskView, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public synchronized List<OpenRisk> openRisksOn(Set<AssetId> onAssets, Scope visible) {
        return rows.all().stream()
                .filter(risk -> risk.active() && risk.status() != RiskStatus.CLOSED)
                .filter(risk -> risk.facts().asset().filter(onAssets::contains).isPresent() && risk.scored())
                .map(risk -> new OpenRisk(new ExposedRisk(risk.id().orElseThrow(), risk.facts().asset().orElseThrow(),
                        risk.level().orElseThrow(), risk.residual().or(risk::inherent).orElseThrow().score().value()),
                        risk.facts().title().value(), risk.status(), visible.includes(risk.unit())))
                .toList();
    }

    @Override
    public synchronized List<AssetId> worstFirst(int limit) {
        // each asset by its risks of its worst level only
        Comparator<List<ExposedRisk>> worstOwnFirst = Comparator
                .comparing((List<ExposedRisk> worst) -> worst.get(0).level()).reversed()
                .thenComparing(Comparator.comparingDouble((List<ExposedRisk> worst) -> worst.stream()
                        .mapToDouble(ExposedRisk::score).max().orElseThrow()).reversed())
                .thenComparing(Comparator.comparingInt((List<ExposedRisk> worst) -> worst.size()).reversed())
                .thenComparingLong(worst -> worst.get(0).asset().value());
        return openRisksOn(rows.all().stream().flatMap(risk -> risk.facts().asset().stream())
                        .collect(Collectors.toSet()), Scope.everywhere()).stream()
                .map(OpenRisk::exposed)
                .collect(Collectors.groupingBy(ExposedRisk::asset)).values().stream()
                .map(own -> {
                    RiskLevel worst = own.stream().map(ExposedRisk::level).max(Comparator.naturalOrder()).orElseThrow();
                    return own.stream().filter(risk -> risk.level() == worst).toList();
                })
                .sorted(worstOwnFirst)
                .limit(limit)
                .map(worst -> worst.get(0).asset())
                .toList();
    }
}
