package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which risks a list or a heat map covers; every present criterion must hold.
 *
 * @param text            matches risks whose title contains it, ignoring case
 * @param unit            risks of this unit only (not of the units below it)
 * @param identifiedFrom  identified at or after this instant
 * @param identifiedTo    identified before this instant
 * @param reviewOverdue   only risks whose review date has passed and that are not closed
 * @param includeInactive whether deleted risks count too
 */
public record RiskFilter(Optional<String> text, Optional<RiskCategory> category, Optional<RiskStatus> status,
                         Optional<AssetId> asset, Optional<UserId> owner, Optional<RiskLevel> level,
                         Optional<RiskMatrixId> matrix, Optional<UserId> createdBy, Optional<OrgUnitId> unit,
                         Optional<Instant> identifiedFrom, Optional<Instant> identifiedTo, boolean reviewOverdue,
                         boolean includeInactive) {

    public static final int MAX_TEXT_LENGTH = 200;

    public RiskFilter {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(identifiedFrom, "identifiedFrom");
        Objects.requireNonNull(identifiedTo, "identifiedTo");
    }

    /** Every active risk. */
    public static RiskFilter active() {
        return new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false);
    }

    /** The same criteria for risks rated on {@code matrixId} only. */
    public RiskFilter onMatrix(RiskMatrixId matrixId) {
        return new RiskFilter(text, category, status, asset, owner, level, Optional.of(matrixId), createdBy, unit,
                identifiedFrom, identifiedTo, reviewOverdue, includeInactive);
    }
}
