package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_REVIEWS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.jooq.tables.records.RiskReviewsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.RiskScoresRecord;
import io.aegis.adapters.persistence.jooq.tables.records.RisksRecord;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.ControlEffectiveness;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.risk.RiskRating;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.TreatmentStrategy;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The one mapping between a {@code risks} row and the domain's {@link Risk}, and from a {@link RiskScoreEntry}
 * to a {@code risk_scores} row and a {@link RiskReview} to a {@code risk_reviews} row. A stored risk is rated again on its matrix when read: the matrix holds the
 * levels of both ratings, while the row keeps only the overall one (and a matrix in use never changes its grid).
 */
final class RiskRows {

    private RiskRows() {
    }

    /** The matrices {@code rows} are rated on, in one query. */
    static Map<Integer, RiskMatrix> matricesOf(DSLContext dsl, Collection<RisksRecord> rows) {
        var ids = rows.stream().map(RisksRecord::getRiskMatrixId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(RISK_MATRICES).where(RISK_MATRICES.ID.in(ids)).fetch().stream()
                .collect(Collectors.toMap(row -> row.getId(), RiskMatrixRows::toDomain));
    }

    static Risk toDomain(RisksRecord row, Function<Integer, RiskMatrix> matrices) {
        return toDomain(row, matrices, Optional.empty());
    }

    /**
     * @param acceptedUntil the expiry of the acceptance an accepted risk rests on, where the caller read it (a
     *                      risk changed after it was read needs it; a risk listed does not)
     */
    static Risk toDomain(RisksRecord row, Function<Integer, RiskMatrix> matrices, Optional<Instant> acceptedUntil) {
        RiskMatrix matrix = matrices.apply(row.getRiskMatrixId());
        RiskRating inherent = row.getInherentLikelihood() == null ? null
                : RiskRating.on(matrix, ScoreType.INHERENT, row.getInherentLikelihood(), row.getInherentImpact());
        RiskRating residual = row.getResidualLikelihood() == null ? null
                : RiskRating.on(matrix, ScoreType.RESIDUAL, row.getResidualLikelihood(), row.getResidualImpact());
        RiskDetails details = new RiskDetails(row.getDescription(), row.getSubcategory(), row.getRiskType(),
                row.getSource(), row.getSourceReference(), row.getBusinessProcess(), row.getThreatSource(),
                row.getVulnerability(), row.getExistingControls(),
                row.getControlEffectiveness() == null ? null
                        : ControlEffectiveness.parse("control_effectiveness", row.getControlEffectiveness()),
                JsonColumns.labels("affected_systems", row.getAffectedSystems()),
                JsonColumns.labels("tags", row.getTags()),
                JsonColumns.customFields("custom_fields", row.getCustomFields()));
        RiskTreatment treatment = new RiskTreatment(
                row.getTreatmentStrategy() == null ? null
                        : TreatmentStrategy.parse("treatment_strategy", row.getTreatmentStrategy()),
                row.getTreatmentRationale(), row.getTargetResolutionDate());
        AiAssessment ai = new AiAssessment(row.getAiGeneratedStatement(), row.getAiRiskAssessment(),
                row.getAiConfidenceScore(), row.getAiLastUpdated());
        RiskFacts facts = new RiskFacts(new RiskTitle(row.getTitle()), RiskCategory.parse("category", row.getCategory()),
                details, treatment, ai, Optional.ofNullable(row.getAssetId()).map(AssetId::new),
                Optional.ofNullable(row.getOwnerId()).map(UserId::new));
        return Risk.restore(new RiskId(row.getId()), facts, new OrgUnitId(row.getOrgUnitId()),
                new RiskMatrixId(row.getRiskMatrixId()), inherent,
                residual, RiskStatus.fromKey(row.getStatus()).orElse(RiskStatus.IDENTIFIED), row.getIdentifiedDate(),
                row.getActualResolutionDate(), row.getLastReviewDate(), row.getNextReviewDate(),
                !Boolean.FALSE.equals(row.getIsActive()), row.getCreatedAt(), row.getUpdatedAt(),
                row.getCreatedBy() == null ? null : new UserId(row.getCreatedBy()), acceptedUntil);
    }

    /** A row holding every stored property of {@code risk} (the id excepted). */
    static RisksRecord newRow(Risk risk) {
        RiskFacts facts = risk.facts();
        RiskDetails details = facts.details();
        Optional<RiskRating> inherent = risk.inherent();
        Optional<RiskRating> residual = risk.residual();
        return RISKS.newRecord()
                .setTitle(facts.title().value())
                .setDescription(details.description())
                .setCategory(facts.category().key())
                .setSubcategory(details.subcategory())
                .setRiskType(details.riskType())
                .setSource(details.source())
                .setSourceReference(details.sourceReference())
                .setAssetId(facts.asset().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setAffectedSystems(JsonColumns.write(details.affectedSystems()))
                .setBusinessProcess(details.businessProcess())
                .setRiskMatrixId(Math.toIntExact(risk.matrixId().value()))
                .setOrgUnitId(Math.toIntExact(risk.unit().value()))
                .setInherentLikelihood(inherent.map(r -> r.likelihood().value()).orElse(null))
                .setInherentImpact(inherent.map(r -> r.impact().value()).orElse(null))
                .setInherentRiskScore(inherent.map(r -> r.score().value()).orElse(null))
                .setResidualLikelihood(residual.map(r -> r.likelihood().value()).orElse(null))
                .setResidualImpact(residual.map(r -> r.impact().value()).orElse(null))
                .setResidualRiskScore(residual.map(r -> r.score().value()).orElse(null))
                .setRiskLevel(risk.level().map(RiskLevel::key).orElse(null))
                .setThreatSource(details.threatSource())
                .setVulnerability(details.vulnerability())
                .setExistingControls(details.existingControls())
                .setControlEffectiveness(details.effectiveness().map(ControlEffectiveness::key).orElse(null))
                .setAiGeneratedStatement(facts.ai().generatedStatement())
                .setAiRiskAssessment(facts.ai().riskAssessment())
                .setAiConfidenceScore(facts.ai().confidenceScore())
                .setAiLastUpdated(facts.ai().lastUpdated())
                .setTreatmentStrategy(Optional.ofNullable(facts.treatment().strategy()).map(TreatmentStrategy::key)
                        .orElse(null))
                .setTreatmentRationale(facts.treatment().rationale())
                .setStatus(risk.status().key())
                .setOwnerId(facts.owner().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setIdentifiedDate(risk.identifiedDate())
                .setTargetResolutionDate(facts.treatment().targetResolutionDate())
                .setActualResolutionDate(risk.actualResolutionDate().orElse(null))
                .setLastReviewDate(risk.lastReviewDate().orElse(null))
                .setNextReviewDate(risk.nextReviewDate().orElse(null))
                .setTags(JsonColumns.write(details.tags()))
                .setCustomFields(JsonColumns.write(details.customFields()))
                .setIsActive(risk.active())
                .setCreatedAt(risk.createdAt())
                .setUpdatedAt(risk.updatedAt())
                .setCreatedBy(risk.createdBy().map(id -> Math.toIntExact(id.value())).orElse(null));
    }

    static RiskReviewsRecord newRow(RiskReview review) {
        return RISK_REVIEWS.newRecord()
                .setRiskId(Math.toIntExact(review.riskId().value()))
                .setKind(review.kind().key())
                .setReviewedBy(Math.toIntExact(review.reviewedBy().value()))
                .setReviewedAt(review.reviewedAt())
                .setNote(review.note().map(RiskNote::value).orElse(null))
                .setFromStatus(review.from().map(RiskStatus::key).orElse(null))
                .setToStatus(review.to().map(RiskStatus::key).orElse(null))
                .setNextReviewDate(review.nextReviewDate().orElse(null));
    }

    static RiskScoresRecord newRow(RiskScoreEntry entry) {
        return RISK_SCORES.newRecord()
                .setRiskId(Math.toIntExact(entry.riskId().value()))
                .setScoreType(entry.type().key())
                .setLikelihoodScore(entry.rating().likelihood().value())
                .setImpactScore(entry.rating().impact().value())
                .setTotalScore(entry.rating().score().value())
                .setRiskLevel(entry.rating().level().key())
                .setLikelihoodRationale(entry.likelihoodRationale())
                .setImpactRationale(entry.impactRationale())
                .setScoringMethodology(entry.methodology())
                .setScoredBy(entry.scoredBy().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setScoredAt(entry.scoredAt());
    }
}
