package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which risks a list, an export or a heat map covers; every present criterion must hold, and a set criterion holds
 * for a risk having any of its values (an empty set: any risk).
 *
 * @param text                matches risks whose title contains it, ignoring case
 * @param assets              risks on one of these assets
 * @param includeDependencies with {@code assets}: also the risks on the assets those critically depend on
 * @param unit                risks of this unit only (not of the units below it)
 * @param identifiedFrom      identified at or after this instant
 * @param identifiedTo        identified before this instant
 * @param ratings             the likelihood and impact of either rating
 * @param tag                 risks carrying this tag, ignoring case
 * @param scored              risks with (true) or without (false) an inherent rating; either when empty
 * @param reviewOverdue       only risks whose review date has passed and that are not closed
 * @param includeInactive     whether deleted risks count too
 * @param treatmentGap        risks with or without a treatment gap ({@link io.aegis.domain.risk.TreatmentGap})
 */
public record RiskFilter(Optional<String> text, Set<RiskCategory> categories, Set<RiskStatus> statuses,
                         Set<AssetId> assets, boolean includeDependencies, Optional<UserId> owner,
                         Set<RiskLevel> levels, Optional<RiskMatrixId> matrix, Optional<UserId> createdBy,
                         Optional<OrgUnitId> unit, Optional<Instant> identifiedFrom, Optional<Instant> identifiedTo,
                         RatingCriteria ratings, Optional<String> tag, Optional<Boolean> scored,
                         boolean reviewOverdue, boolean includeInactive,
                         Optional<TreatmentGapCriterion> treatmentGap) {

    public static final int MAX_TEXT_LENGTH = 200;
    /** Every status but closed: the risks still to be dealt with. */
    public static final Set<RiskStatus> OPEN = Set.copyOf(EnumSet.complementOf(EnumSet.of(RiskStatus.CLOSED)));

    /** The likelihood and impact each rating must have, as a heat map's cell has them. */
    public record RatingCriteria(Optional<Integer> inherentLikelihood, Optional<Integer> inherentImpact,
                                 Optional<Integer> residualLikelihood, Optional<Integer> residualImpact) {

        public static final RatingCriteria ANY = new RatingCriteria(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        public RatingCriteria {
            Objects.requireNonNull(inherentLikelihood, "inherentLikelihood");
            Objects.requireNonNull(inherentImpact, "inherentImpact");
            Objects.requireNonNull(residualLikelihood, "residualLikelihood");
            Objects.requireNonNull(residualImpact, "residualImpact");
        }
    }

    /**
     * Risks with ({@code gap} true) or without a treatment gap, judged on the assessments of no asset or of an asset
     * in {@code evidence}. Asked for with {@link #asked}, which judges on no asset's assessments until the use case
     * binds it to where its reader reads assets.
     */
    public record TreatmentGapCriterion(boolean gap, Scope evidence) {

        public TreatmentGapCriterion {
            Objects.requireNonNull(evidence, "evidence");
        }

        public static TreatmentGapCriterion asked(boolean gap) {
            return new TreatmentGapCriterion(gap, Scope.nowhere());
        }
    }

    public RiskFilter {
        Objects.requireNonNull(text, "text");
        categories = Set.copyOf(categories);
        statuses = Set.copyOf(statuses);
        assets = Set.copyOf(assets);
        Objects.requireNonNull(owner, "owner");
        levels = Set.copyOf(levels);
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(identifiedFrom, "identifiedFrom");
        Objects.requireNonNull(identifiedTo, "identifiedTo");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(treatmentGap, "treatmentGap");
    }

    /** Every active risk. */
    public static RiskFilter active() {
        return new RiskFilter(Optional.empty(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                RatingCriteria.ANY, Optional.empty(), Optional.empty(), false, false, Optional.empty());
    }

    /** The same criteria for risks rated on {@code matrixId} only. */
    public RiskFilter onMatrix(RiskMatrixId matrixId) {
        return new RiskFilter(text, categories, statuses, assets, includeDependencies, owner, levels,
                Optional.of(matrixId), createdBy, unit, identifiedFrom, identifiedTo, ratings, tag, scored,
                reviewOverdue, includeInactive, treatmentGap);
    }

    /** The same criteria for risks on {@code reached} (the assets named and those they depend on). */
    public RiskFilter onAssets(Set<AssetId> reached) {
        return new RiskFilter(text, categories, statuses, reached, false, owner, levels, matrix, createdBy, unit,
                identifiedFrom, identifiedTo, ratings, tag, scored, reviewOverdue, includeInactive, treatmentGap);
    }

    /** The same criteria for risks in one of {@code chosen} statuses. */
    public RiskFilter withStatuses(Set<RiskStatus> chosen) {
        return new RiskFilter(text, categories, chosen, assets, includeDependencies, owner, levels, matrix, createdBy,
                unit, identifiedFrom, identifiedTo, ratings, tag, scored, reviewOverdue, includeInactive,
                treatmentGap);
    }

    /** The same criteria for risks whose review date has passed. */
    public RiskFilter overdueForReview() {
        return new RiskFilter(text, categories, statuses, assets, includeDependencies, owner, levels, matrix,
                createdBy, unit, identifiedFrom, identifiedTo, ratings, tag, scored, true, includeInactive,
                treatmentGap);
    }

    /** The same criteria, a treatment gap judged on the assessments of no asset or of an asset in {@code evidence}. */
    public RiskFilter withTreatmentEvidence(Scope evidence) {
        return new RiskFilter(text, categories, statuses, assets, includeDependencies, owner, levels, matrix,
                createdBy, unit, identifiedFrom, identifiedTo, ratings, tag, scored, reviewOverdue, includeInactive,
                treatmentGap.map(criterion -> new TreatmentGapCriterion(criterion.gap(), evidence)));
    }

    /** The statuses asked for, else every status but closed: what a heat map shows unless told otherwise. */
    public RiskFilter openUnlessStatusesNamed() {
        return statuses.isEmpty() ? withStatuses(OPEN) : this;
    }
}
