package io.aegis.adapters.persistence.assessment;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;

import io.aegis.adapters.persistence.jooq.tables.records.AssessmentsRecord;
import io.aegis.domain.assessment.AiSummary;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentName;
import io.aegis.domain.assessment.AssessmentOutcome;
import io.aegis.domain.assessment.AssessmentRiskRating;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/** The one mapping between an {@code assessments} row and the domain's {@link Assessment}. */
final class AssessmentRows {

    private AssessmentRows() {
    }

    static Assessment toDomain(AssessmentsRecord row) {
        AssessmentDetails details = new AssessmentDetails(row.getAssessmentType(), row.getDescription(),
                row.getScope(), row.getMethodology(), row.getStartDate(), row.getEndDate(), row.getDueDate(),
                id(row.getAssessorInternal(), UserId::new), row.getAssessorExternal(), row.getExecutiveSummary(),
                row.getRecommendations());
        AssessmentOutcome outcome = row.getOverallScore() == null || row.getRiskRating() == null ? null
                : new AssessmentOutcome(BigDecimal.valueOf(row.getOverallScore()).setScale(2, RoundingMode.HALF_UP),
                AssessmentRiskRating.parse("risk_rating", row.getRiskRating()));
        AssessmentStatus status = row.getStatus() == null ? AssessmentStatus.PLANNING
                : AssessmentStatus.parse("status", row.getStatus());
        return Assessment.restore(new AssessmentId(row.getId()), new AssessmentName(row.getName()),
                id(row.getFrameworkId(), FrameworkId::new), id(row.getBaselineId(), BaselineId::new),
                id(row.getAssetId(), AssetId::new), details, status, outcome,
                new AiSummary(row.getAiGeneratedSummary(), row.getAiConfidenceScore()),
                !Boolean.FALSE.equals(row.getIsActive()), id(row.getCreatedById(), UserId::new), row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** A row of every stored property of {@code assessment} (the id excepted). */
    static AssessmentsRecord newRow(Assessment assessment) {
        AssessmentDetails details = assessment.details();
        return ASSESSMENTS.newRecord()
                .setName(assessment.name().value())
                .setDescription(details.description())
                .setAssessmentType(details.assessmentType())
                .setFrameworkId(assessment.framework().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setBaselineId(assessment.baseline().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setAssetId(assessment.asset().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setScope(details.scope())
                .setMethodology(details.methodology())
                .setStatus(assessment.status().key())
                .setStartDate(details.startDate())
                .setEndDate(details.endDate())
                .setDueDate(details.dueDate())
                .setAssessorInternal(details.internalAssessor().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setAssessorExternal(details.assessorExternal())
                .setOverallScore(assessment.outcome().map(outcome -> outcome.overallScore().doubleValue())
                        .orElse(null))
                .setRiskRating(assessment.outcome().map(outcome -> outcome.riskRating().key()).orElse(null))
                .setExecutiveSummary(details.executiveSummary())
                .setRecommendations(details.recommendations())
                .setAiGeneratedSummary(assessment.aiSummary().text())
                .setAiConfidenceScore(assessment.aiSummary().confidenceScore())
                .setIsActive(assessment.active())
                .setCreatedById(assessment.createdBy().map(id -> Math.toIntExact(id.value())).orElse(null))
                .setCreatedAt(assessment.createdAt())
                .setUpdatedAt(assessment.updatedAt());
    }

    static <T> T id(Integer value, Function<Long, T> type) {
        return value == null ? null : type.apply(value.longValue());
    }
}
