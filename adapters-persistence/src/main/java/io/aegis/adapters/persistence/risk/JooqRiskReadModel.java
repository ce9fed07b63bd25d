package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.OwnerNames.OWNER;
import static io.aegis.adapters.persistence.OwnerNames.OWNER_NAME;
import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.aegis.adapters.persistence.CaseInsensitiveText;
import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.PageTotals;
import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.RisksRecord;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortKey;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The register in SQL: the page's ids, then their rows with names joined, and a count when the page cannot tell the
 * total; the page's matrices in one more query. The reader's scope is part of every WHERE clause, so rows out of it
 * are never paged over, counted or drawn.
 */
public final class JooqRiskReadModel implements RiskReadModel {

    /** Severity as a number, so that risk_level sorts critical above high rather than alphabetically; NULL unscored. */
    private static final Field<Integer> SEVERITY = DSL.case_(RISKS.RISK_LEVEL)
            .when(RiskLevel.LOW.key(), DSL.inline(1))
            .when(RiskLevel.MEDIUM.key(), DSL.inline(2))
            .when(RiskLevel.HIGH.key(), DSL.inline(3))
            .when(RiskLevel.CRITICAL.key(), DSL.inline(4));

    /** Unscored risks sort after the scored ones, whichever the direction. */
    private static final Set<RiskSortField> ABSENT_LAST = EnumSet.of(RiskSortField.INHERENT_RISK_SCORE,
            RiskSortField.RESIDUAL_RISK_SCORE, RiskSortField.RISK_LEVEL);
    private static final Field<String> ASSET_NAME = ASSETS.NAME.as("asset_name");

    private final DSLContext dsl;

    public JooqRiskReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<RiskView> list(ListRisksQuery query, Scope scope, Instant now) {
        Condition where = matching(query.filter(), now).and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope));
        PageRequest page = query.page();
        List<SortField<?>> order = Sorting.orderBy(query.sort(), this::column, ABSENT_LAST, RISKS.ID);
        // the page's keys first, from the indexes alone where they serve the filter and the order: the rows and their
        // names are then read for these ids only, never for the rows an offset skips
        List<Record> keys = dsl.select(Sorting.keyColumns(order)).from(RISKS)
                .where(where.and(page.after().map(key -> Sorting.after(order, key)).orElse(DSL.noCondition())))
                .orderBy(order)
                .limit(page.limit())
                .offset(page.offset())
                .fetch();
        List<Integer> ids = keys.stream().map(key -> key.get(RISKS.ID)).toList();
        List<RiskView> items = ids.isEmpty() ? List.of()
                : views(withNames().where(RISKS.ID.in(ids)).orderBy(order).fetch());
        // a keyset page counts every match, those before its key too, as an offset page does
        long total = page.after().isPresent() ? dsl.fetchCount(RISKS, where)
                : PageTotals.total(page, items.size(), () -> dsl.fetchCount(RISKS, where));
        Optional<SortKey> next = keys.size() < page.limit() ? Optional.empty()
                : Optional.of(Sorting.keyOf(keys.get(keys.size() - 1)));
        return Page.of(items, total, page, next);
    }

    @Override
    public Optional<RiskView> find(RiskId id, Scope scope) {
        return views(withNames()
                .where(RISKS.ID.eq(id(id.value())))
                .and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope))
                .fetch()).stream().findFirst();
    }

    @Override
    public HeatmapCounts heatmap(ScoreType type, RiskFilter filter, Scope scope, Instant now) {
        Field<Integer> likelihood = type == ScoreType.INHERENT ? RISKS.INHERENT_LIKELIHOOD : RISKS.RESIDUAL_LIKELIHOOD;
        Field<Integer> impact = type == ScoreType.INHERENT ? RISKS.INHERENT_IMPACT : RISKS.RESIDUAL_IMPACT;
        Condition where = matching(filter, now).and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope));
        // one aggregate: the group without a likelihood or an impact is the unscored risks
        Map<RiskHeatmap.Position, Long> cells = new HashMap<>();
        long unscored = 0;
        for (Record3<Integer, Integer, Integer> row : dsl.select(likelihood, impact, DSL.count())
                .from(RISKS)
                .where(where)
                .groupBy(likelihood, impact)
                .fetch()) {
            if (row.value1() == null || row.value2() == null) {
                unscored += row.value3();
            } else {
                cells.put(new RiskHeatmap.Position(row.value1(), row.value2()), row.value3().longValue());
            }
        }
        return new HeatmapCounts(cells, unscored);
    }

    @Override
    public Map<RiskStatus, Long> countByStatus(RiskFilter filter, Scope scope, Instant now) {
        Map<RiskStatus, Long> counts = new EnumMap<>(RiskStatus.class);
        dsl.select(RISKS.STATUS, DSL.count())
                .from(RISKS)
                .where(matching(filter, now).and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope)))
                .groupBy(RISKS.STATUS)
                .fetch()
                .forEach(row -> counts.put(RiskStatus.parse("status", row.value1()), row.value2().longValue()));
        return counts;
    }

    /**
     * Risks with their owner's display name (full name, else username) and their asset's name, joined in the same
     * query: a reader of risks sees whom a risk belongs to without reading users.
     */
    private SelectOnConditionStep<Record> withNames() {
        return dsl.select(RISKS.fields()).select(OWNER_NAME, ASSET_NAME)
                .from(RISKS)
                .leftJoin(OWNER).on(OWNER.ID.eq(RISKS.OWNER_ID))
                .leftJoin(ASSETS).on(ASSETS.ID.eq(RISKS.ASSET_ID));
    }

    private List<RiskView> views(List<Record> rows) {
        List<RisksRecord> risks = rows.stream().map(row -> row.into(RISKS)).toList();
        Map<Integer, RiskMatrix> matrices = RiskRows.matricesOf(dsl, risks);
        List<RiskView> views = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            views.add(RiskView.of(RiskRows.toDomain(risks.get(i), matrices::get))
                    .named(rows.get(i).get(OWNER_NAME), rows.get(i).get(ASSET_NAME)));
        }
        return views;
    }

    @Override
    public Page<RiskScoreView> scores(RiskId id, Scope scope, PageRequest page) {
        Condition ofRisk = RISK_SCORES.RISK_ID.eq(Math.toIntExact(id.value()))
                .and(DSL.exists(DSL.selectOne().from(RISKS).where(RISKS.ID.eq(RISK_SCORES.RISK_ID))
                        .and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope))));
        List<RiskScoreView> items = dsl.selectFrom(RISK_SCORES)
                .where(ofRisk)
                .orderBy(RISK_SCORES.SCORED_AT.desc(), RISK_SCORES.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(row -> new RiskScoreView(row.getId(), row.getRiskId(), row.getScoreType(),
                        row.getLikelihoodScore(), row.getImpactScore(), row.getTotalScore(), row.getRiskLevel(),
                        row.getLikelihoodRationale(), row.getImpactRationale(), row.getScoringMethodology(),
                        row.getScoredBy() == null ? null : row.getScoredBy().longValue(), row.getScoredAt()));
        return Page.of(items, dsl.fetchCount(RISK_SCORES, ofRisk), page);
    }

    private static Condition matching(RiskFilter filter, Instant now) {
        Condition where = filter.includeInactive() ? DSL.noCondition() : RISKS.IS_ACTIVE.isTrue();
        where = where.and(filter.text().map(text -> CaseInsensitiveText.contains(RISKS.TITLE, text))
                .orElse(DSL.noCondition()));
        where = where.and(anyOf(RISKS.CATEGORY, filter.categories(), RiskCategory::key));
        where = where.and(anyOf(RISKS.STATUS, filter.statuses(), RiskStatus::key));
        where = where.and(anyOf(RISKS.ASSET_ID, filter.assets(), asset -> id(asset.value())));
        where = where.and(filter.owner().map(o -> RISKS.OWNER_ID.eq(id(o.value()))).orElse(DSL.noCondition()));
        where = where.and(anyOf(RISKS.RISK_LEVEL, filter.levels(), RiskLevel::key));
        where = where.and(filter.matrix().map(m -> RISKS.RISK_MATRIX_ID.eq(id(m.value()))).orElse(DSL.noCondition()));
        where = where.and(filter.createdBy().map(u -> RISKS.CREATED_BY.eq(id(u.value()))).orElse(DSL.noCondition()));
        where = where.and(filter.unit().map(u -> RISKS.ORG_UNIT_ID.eq(id(u.value()))).orElse(DSL.noCondition()));
        where = where.and(filter.identifiedFrom().map(RISKS.IDENTIFIED_DATE::ge).orElse(DSL.noCondition()));
        where = where.and(filter.identifiedTo().map(RISKS.IDENTIFIED_DATE::lt).orElse(DSL.noCondition()));
        RiskFilter.RatingCriteria ratings = filter.ratings();
        where = where.and(ratings.inherentLikelihood().map(RISKS.INHERENT_LIKELIHOOD::eq).orElse(DSL.noCondition()));
        where = where.and(ratings.inherentImpact().map(RISKS.INHERENT_IMPACT::eq).orElse(DSL.noCondition()));
        where = where.and(ratings.residualLikelihood().map(RISKS.RESIDUAL_LIKELIHOOD::eq).orElse(DSL.noCondition()));
        where = where.and(ratings.residualImpact().map(RISKS.RESIDUAL_IMPACT::eq).orElse(DSL.noCondition()));
        // tags are a JSON array of strings: the tag as a whole JSON string, quotes included, is one of them
        where = where.and(filter.tag().map(tag -> RISKS.TAGS.containsIgnoreCase(JsonColumns.render(tag)))
                .orElse(DSL.noCondition()));
        where = where.and(filter.scored().map(scored -> scored ? RISKS.INHERENT_LIKELIHOOD.isNotNull()
                : RISKS.INHERENT_LIKELIHOOD.isNull()).orElse(DSL.noCondition()));
        where = where.and(filter.treatmentGap().map(asked -> {
            Condition gap = TreatmentGapSql.gapOf(RISKS, asked.evidence());
            return asked.gap() ? gap : DSL.not(gap);
        }).orElse(DSL.noCondition()));
        if (filter.reviewOverdue()) {
            where = where.and(RISKS.NEXT_REVIEW_DATE.lt(now)).and(RISKS.STATUS.ne(RiskStatus.CLOSED.key()));
        }
        return where;
    }

    private static <V, T> Condition anyOf(Field<T> column, Set<V> values, Function<V, T> stored) {
        return values.isEmpty() ? DSL.noCondition() : column.in(values.stream().map(stored).toList());
    }

    private static int id(long value) {
        return Math.toIntExact(value);
    }

    private Field<?> column(RiskSortField field) {
        return switch (field) {
            case ID -> RISKS.ID;
            case TITLE -> CaseInsensitiveText.order(RISKS.TITLE, dsl.dialect());
            case CATEGORY -> RISKS.CATEGORY;
            case STATUS -> RISKS.STATUS;
            case ASSET_ID -> RISKS.ASSET_ID;
            case OWNER_ID -> RISKS.OWNER_ID;
            case RISK_MATRIX_ID -> RISKS.RISK_MATRIX_ID;
            case CREATED_BY -> RISKS.CREATED_BY;
            case RISK_LEVEL -> SEVERITY;
            case INHERENT_RISK_SCORE -> RISKS.INHERENT_RISK_SCORE;
            case RESIDUAL_RISK_SCORE -> RISKS.RESIDUAL_RISK_SCORE;
            case IDENTIFIED_DATE -> RISKS.IDENTIFIED_DATE;
            case NEXT_REVIEW_DATE -> RISKS.NEXT_REVIEW_DATE;
            case CREATED_AT -> RISKS.CREATED_AT;
            case UPDATED_AT -> RISKS.UPDATED_AT;
        };
    }
}
