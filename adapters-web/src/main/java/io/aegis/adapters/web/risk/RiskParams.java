package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskFilter.RatingCriteria;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** The syntax of the risk register's query parameters and body references, shared by list, export and heat map. */
final class RiskParams {

    static final Set<String> FILTERS = Set.of("q", "category", "status", "asset_id", "include_dependencies",
            "owner_id", "risk_level", "risk_matrix_id", "created_by", "org_unit_id", "identified_from",
            "identified_to", "inherent_likelihood", "inherent_impact", "residual_likelihood", "residual_impact", "tag",
            "scored", "review_overdue", "include_inactive", "treatment_gap");

    /** The widest axis a matrix may have: a rating filter beyond it can match nothing and is a mistake. */
    private static final int MAX_LEVEL = 6;

    private RiskParams() {
    }

    static RiskFilter filter(ListParams<RiskSortField> params) {
        FieldErrors errors = new FieldErrors();
        Set<RiskCategory> categories = errors.attempt(() -> params.keys("category", RiskCategory.values(),
                RiskCategory::key));
        Set<RiskStatus> statuses = errors.attempt(() -> params.keys("status", RiskStatus.values(), RiskStatus::key));
        Set<RiskLevel> levels = errors.attempt(() -> params.keys("risk_level", RiskLevel.values(), RiskLevel::key));
        Optional<AssetId> asset = errors.attempt(() -> params.id("asset_id").map(AssetId::new));
        Optional<UserId> owner = errors.attempt(() -> params.id("owner_id").map(UserId::new));
        Optional<RiskMatrixId> matrix = errors.attempt(() -> params.id("risk_matrix_id").map(RiskMatrixId::new));
        Optional<UserId> createdBy = errors.attempt(() -> params.id("created_by").map(UserId::new));
        Optional<OrgUnitId> unit = errors.attempt(() -> params.id("org_unit_id").map(OrgUnitId::new));
        Optional<Instant> from = errors.attempt(() -> params.instant("identified_from"));
        Optional<Instant> to = errors.attempt(() -> params.instant("identified_to"));
        RatingCriteria ratings = errors.attempt(() -> new RatingCriteria(level(params, "inherent_likelihood"),
                level(params, "inherent_impact"), level(params, "residual_likelihood"),
                level(params, "residual_impact")));
        Optional<Boolean> scored = errors.attempt(() -> params.optionalFlag("scored"));
        Optional<Boolean> treatmentGap = errors.attempt(() -> params.optionalFlag("treatment_gap"));
        boolean includeDependencies = params.flag("include_dependencies");
        if (includeDependencies && params.text("asset_id").isEmpty()) {
            throw BadRequestException.forField("include_dependencies", "needs asset_id: the asset whose"
                    + " dependencies to include");
        }
        errors.throwIfAny();
        return new RiskFilter(params.text("q"), categories, statuses, asset.map(Set::of).orElse(Set.of()),
                includeDependencies, owner, levels, matrix, createdBy, unit, from, to, ratings, params.text("tag"),
                scored, params.flag("review_overdue"), params.flag("include_inactive"),
                treatmentGap.map(RiskFilter.TreatmentGapCriterion::asked));
    }

    /** A row id given in a body or the query: a positive whole number within the columns' range. */
    static <T> T id(String field, long raw, LongFunction<T> factory) {
        if (raw < 1 || raw > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "must be a positive whole number");
        }
        return factory.apply(raw);
    }

    private static Optional<Integer> level(ListParams<RiskSortField> params, String filter) {
        return params.text(filter).map(raw -> {
            if (!raw.matches("[1-9]") || Integer.parseInt(raw) > MAX_LEVEL) {
                throw new InvalidValueException(filter, "must be a whole number between 1 and " + MAX_LEVEL);
            }
            return Integer.parseInt(raw);
        });
    }
}
