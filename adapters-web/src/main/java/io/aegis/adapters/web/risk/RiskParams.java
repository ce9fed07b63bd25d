package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.application.risk.port.in.RiskFilter;
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

/** The syntax of the risk register's query parameters and body references, shared by list and heat map. */
final class RiskParams {

    static final Set<String> FILTERS = Set.of("q", "category", "status", "asset_id", "owner_id", "risk_level",
            "risk_matrix_id", "created_by", "org_unit_id", "identified_from", "identified_to", "review_overdue",
            "include_inactive");

    private RiskParams() {
    }

    static RiskFilter filter(ListParams<RiskSortField> params) {
        FieldErrors errors = new FieldErrors();
        Optional<RiskCategory> category = errors.attempt(() -> params.text("category")
                .map(key -> RiskCategory.parse("category", key)));
        Optional<RiskStatus> status = errors.attempt(() -> params.text("status")
                .map(key -> RiskStatus.parse("status", key)));
        Optional<RiskLevel> level = errors.attempt(() -> params.text("risk_level")
                .map(key -> RiskLevel.parse("risk_level", key)));
        Optional<AssetId> asset = errors.attempt(() -> params.id("asset_id").map(AssetId::new));
        Optional<UserId> owner = errors.attempt(() -> params.id("owner_id").map(UserId::new));
        Optional<RiskMatrixId> matrix = errors.attempt(() -> params.id("risk_matrix_id").map(RiskMatrixId::new));
        Optional<UserId> createdBy = errors.attempt(() -> params.id("created_by").map(UserId::new));
        Optional<OrgUnitId> unit = errors.attempt(() -> params.id("org_unit_id").map(OrgUnitId::new));
        Optional<Instant> from = errors.attempt(() -> params.instant("identified_from"));
        Optional<Instant> to = errors.attempt(() -> params.instant("identified_to"));
        errors.throwIfAny();
        return new RiskFilter(params.text("q"), category, status, asset, owner, level, matrix, createdBy, unit, from,
                to, params.flag("review_overdue"), params.flag("include_inactive"));
    }

    /** A row id given in a body or the query: a positive whole number within the columns' range. */
    static <T> T id(String field, long raw, LongFunction<T> factory) {
        if (raw < 1 || raw > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "must be a positive whole number");
        }
        return factory.apply(raw);
    }
}
