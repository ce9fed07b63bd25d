package io.aegis.adapters.persistence.assessment;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;

import io.aegis.adapters.persistence.StoredVersions;
import io.aegis.adapters.persistence.jooq.tables.records.AssessmentControlsRecord;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.domain.assessment.AiSummary;
import io.aegis.domain.assessment.AssessedControl;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.EvaluationTally;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.assessment.MaturityLevel;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The rows of assessment_controls, keyed by assessment and control (unique since V23). */
public final class JooqAssessedControlRepository implements AssessedControlRepository {

    private static final Field<Integer> CONTROLS = DSL.count().as("controls");

    private final DSLContext dsl;

    public JooqAssessedControlRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AssessedControl> find(AssessmentId assessment, ControlId control) {
        return dsl.selectFrom(ASSESSMENT_CONTROLS).where(row(assessment, control)).fetchOptional()
                .map(JooqAssessedControlRepository::toDomain);
    }

    @Override
    public boolean update(AssessedControl changed, Instant expectedVersion) {
        ControlEvaluation evaluation = changed.evaluation();
        return dsl.update(ASSESSMENT_CONTROLS)
                .set(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, evaluation.status().key())
                .set(ASSESSMENT_CONTROLS.EFFECTIVENESS_RATING, evaluation.rating().map(Effectiveness::key)
                        .orElse(null))
                .set(ASSESSMENT_CONTROLS.MATURITY_LEVEL, evaluation.maturity() == null ? null
                        : evaluation.maturity().value())
                .set(ASSESSMENT_CONTROLS.FINDINGS, evaluation.findings())
                .set(ASSESSMENT_CONTROLS.RECOMMENDATIONS, evaluation.recommendations())
                .set(ASSESSMENT_CONTROLS.EVIDENCE_NOTES, evaluation.evidenceNotes())
                .set(ASSESSMENT_CONTROLS.TESTED_BY, evaluation.testedBy() == null ? null
                        : Math.toIntExact(evaluation.testedBy().value()))
                .set(ASSESSMENT_CONTROLS.TESTED_DATE, evaluation.testedAt())
                .set(ASSESSMENT_CONTROLS.UPDATED_AT, changed.updatedAt())
                .where(row(changed.assessment(), changed.control()))
                .and(StoredVersions.unchanged(ASSESSMENT_CONTROLS.UPDATED_AT, ASSESSMENT_CONTROLS.CREATED_AT,
                        expectedVersion))
                .execute() == 1;
    }

    @Override
    public List<EvaluationTally> tallies(AssessmentId assessment) {
        return dsl.select(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, ASSESSMENT_CONTROLS.EFFECTIVENESS_RATING, CONTROLS)
                .from(ASSESSMENT_CONTROLS)
                .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(Math.toIntExact(assessment.value())))
                .groupBy(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, ASSESSMENT_CONTROLS.EFFECTIVENESS_RATING)
                .fetch(row -> new EvaluationTally(
                        ImplementationStatus.parse("implementation_status", row.value1()),
                        Optional.ofNullable(row.value2()).map(key -> Effectiveness.parse("effectiveness_rating", key)),
                        row.value3()));
    }

    private static Condition row(AssessmentId assessment, ControlId control) {
        return ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(Math.toIntExact(assessment.value()))
                .and(ASSESSMENT_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value())));
    }

    private static AssessedControl toDomain(AssessmentControlsRecord row) {
        ControlEvaluation evaluation = new ControlEvaluation(
                ImplementationStatus.parse("implementation_status", row.getImplementationStatus()),
                row.getEffectivenessRating() == null ? null
                        : Effectiveness.parse("effectiveness_rating", row.getEffectivenessRating()),
                row.getMaturityLevel() == null ? null : new MaturityLevel(row.getMaturityLevel()),
                row.getFindings(), row.getRecommendations(), row.getEvidenceNotes(),
                AssessmentRows.id(row.getTestedBy(), UserId::new), row.getTestedDate());
        return new AssessedControl(new AssessmentId(row.getAssessmentId()), new ControlId(row.getControlId()),
                evaluation, new AiSummary(row.getAiAssessment(), row.getAiConfidenceScore()),
                Revision.stored(row.getCreatedAt(), row.getUpdatedAt()));
    }
}
