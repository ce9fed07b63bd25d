package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.ControlEffectiveness;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskRating;
import io.aegis.domain.risk.TreatmentStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A risk as clients see it: every column of {@code risks}, keys for enums, and the level of each rating.
 * Absent values are null; {@code affectedSystems}, {@code tags} and {@code customFields} are empty instead.
 * {@code ownerName} (the owner's full name, else username) and {@code assetName} are filled where the view is read
 * from the register ({@link #named}); a view made from the aggregate alone has them null.
 * {@code acceptance} is the approved acceptance an accepted risk rests on, filled by the single read only.
 * {@code scored} is false for a risk captured before analysis: its inherent fields and {@code riskLevel} are null.
 * {@code treatmentGap} tells whether the risk's residual rating relies on a control last assessed as not implemented
 * ({@link io.aegis.domain.risk.TreatmentGap}), as its reader sees the assessments; filled by the register's reads
 * ({@link #withTreatmentGap}), null in a view made from the aggregate alone.
 */
public record RiskView(long id, String title, String description, String category, String subcategory,
                       String riskType, String source, String sourceReference, Long assetId,
                       List<String> affectedSystems, String businessProcess, long riskMatrixId, long orgUnitId,
                       Integer inherentLikelihood, Integer inherentImpact, Double inherentRiskScore,
                       String inherentRiskLevel,
                       Integer residualLikelihood, Integer residualImpact, Double residualRiskScore,
                       String residualRiskLevel, String riskLevel, String threatSource, String vulnerability,
                       String existingControls, String controlEffectiveness, String aiGeneratedStatement,
                       String aiRiskAssessment, Integer aiConfidenceScore, Instant aiLastUpdated,
                       String treatmentStrategy, String treatmentRationale, String status, Long ownerId,
                       Instant identifiedDate, Instant targetResolutionDate, Instant actualResolutionDate,
                       Instant lastReviewDate, Instant nextReviewDate, List<String> tags,
                       Map<String, Object> customFields, boolean active, Instant createdAt, Instant updatedAt,
                       Long createdBy, String ownerName, String assetName, RiskAcceptanceView acceptance,
                       boolean scored, Boolean treatmentGap) {

    public static RiskView of(Risk risk) {
        RiskFacts facts = risk.facts();
        RiskDetails details = facts.details();
        Optional<RiskRating> inherent = risk.inherent();
        Optional<RiskRating> residual = risk.residual();
        return new RiskView(
                risk.id().orElseThrow(() -> new IllegalStateException("an unsaved risk has no view")).value(),
                facts.title().value(), details.description(), facts.category().key(), details.subcategory(),
                details.riskType(), details.source(), details.sourceReference(),
                facts.asset().map(AssetId::value).orElse(null), details.affectedSystems().values(),
                details.businessProcess(), risk.matrixId().value(), risk.unit().value(),
                inherent.map(r -> r.likelihood().value()).orElse(null),
                inherent.map(r -> r.impact().value()).orElse(null),
                inherent.map(r -> r.score().value()).orElse(null),
                inherent.map(r -> r.level().key()).orElse(null),
                residual.map(r -> r.likelihood().value()).orElse(null),
                residual.map(r -> r.impact().value()).orElse(null),
                residual.map(r -> r.score().value()).orElse(null),
                residual.map(r -> r.level().key()).orElse(null),
                risk.level().map(RiskLevel::key).orElse(null), details.threatSource(), details.vulnerability(), details.existingControls(),
                details.effectiveness().map(ControlEffectiveness::key).orElse(null),
                facts.ai().generatedStatement(), facts.ai().riskAssessment(), facts.ai().confidenceScore(),
                facts.ai().lastUpdated(),
                Optional.ofNullable(facts.treatment().strategy()).map(TreatmentStrategy::key).orElse(null),
                facts.treatment().rationale(), risk.status().key(), facts.owner().map(UserId::value).orElse(null),
                risk.identifiedDate(), facts.treatment().targetResolutionDate(),
                risk.actualResolutionDate().orElse(null), risk.lastReviewDate().orElse(null),
                risk.nextReviewDate().orElse(null), details.tags().values(), details.customFields().values(),
                risk.active(), risk.createdAt(), risk.updatedAt(), risk.createdBy().map(UserId::value).orElse(null),
                null, null, null, risk.scored(), null);
    }

    /** The same view with the names of its owner and asset. */
    public RiskView named(String owner, String asset) {
        return with(owner, asset, acceptance, treatmentGap);
    }

    /** The same view showing the approved acceptance an accepted risk rests on (only a single read looks it up). */
    public RiskView withAcceptance(Optional<RiskAcceptanceView> current) {
        return with(ownerName, assetName, current.orElse(null), treatmentGap);
    }

    /** The same view telling whether the risk has a treatment gap. */
    public RiskView withTreatmentGap(boolean gap) {
        return with(ownerName, assetName, acceptance, gap);
    }

    /** The same view with what the register adds to the risk's own columns. */
    private RiskView with(String owner, String asset, RiskAcceptanceView accepted, Boolean gap) {
        return new RiskView(id, title, description, category, subcategory, riskType, source, sourceReference, assetId,
                affectedSystems, businessProcess, riskMatrixId, orgUnitId, inherentLikelihood, inherentImpact,
                inherentRiskScore, inherentRiskLevel, residualLikelihood, residualImpact, residualRiskScore,
                residualRiskLevel, riskLevel, threatSource, vulnerability, existingControls, controlEffectiveness,
                aiGeneratedStatement, aiRiskAssessment, aiConfidenceScore, aiLastUpdated, treatmentStrategy,
                treatmentRationale, status, ownerId, identifiedDate, targetResolutionDate, actualResolutionDate,
                lastReviewDate, nextReviewDate, tags, customFields, active, createdAt, updatedAt, createdBy, owner,
                asset, accepted, scored, gap);
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}
