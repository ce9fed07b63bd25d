package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_CONTROLS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.jooq.tables.AssessmentControls;
import io.aegis.adapters.persistence.jooq.tables.Assessments;
import io.aegis.adapters.persistence.jooq.tables.Assets;
import io.aegis.adapters.persistence.jooq.tables.RiskControls;
import io.aegis.adapters.persistence.jooq.tables.Risks;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.TreatmentGap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The latest assessed status of a control and the treatment gap of a risk in SQL, for the register's filter and
 * flags and the treating controls' list alike. The gap is {@link TreatmentGap}'s rule, built from its constants:
 * a residual rating, and a claimed control whose latest status is the one that contradicts it. Tables are aliased,
 * so the conditions can sit inside queries that read the same tables.
 */
final class TreatmentGapSql {

    private TreatmentGapSql() {
    }

    /**
     * The id of the {@code assessment_controls} row holding {@code control}'s latest assessed status: of the latest
     * completed, active assessment (by completion, which is its last change: a completed assessment is closed to
     * edits; then by id) that evaluated it other than not assessed, among those of no asset or of an asset in
     * {@code evidence}. NULL when there is none.
     */
    static Field<Integer> latestEvaluation(Field<Integer> control, Scope evidence) {
        AssessmentControls evaluation = ASSESSMENT_CONTROLS.as("latest_evaluation");
        Assessments assessment = ASSESSMENTS.as("latest_assessment");
        Assets asset = ASSETS.as("assessed_asset");
        Condition visible = assessment.ASSET_ID.isNull().or(DSL.exists(DSL.selectOne().from(asset)
                .where(asset.ID.eq(assessment.ASSET_ID))
                .and(ScopeConditions.rowsIn(asset.ORG_UNIT_ID, evidence))));
        return DSL.field(DSL.select(evaluation.ID)
                .from(evaluation)
                .join(assessment).on(assessment.ID.eq(evaluation.ASSESSMENT_ID))
                .where(evaluation.CONTROL_ID.eq(control))
                .and(evaluation.IMPLEMENTATION_STATUS.ne(ImplementationStatus.NOT_ASSESSED.key()))
                .and(assessment.STATUS.eq(AssessmentStatus.COMPLETED.key()))
                .and(assessment.IS_ACTIVE.isTrue())
                .and(visible)
                .orderBy(assessment.UPDATED_AT.desc(), assessment.ID.desc())
                .limit(1));
    }

    /** Whether {@code risk} (a row of {@code risks}, aliased or not) has a treatment gap, as {@code evidence} shows. */
    static Condition gapOf(Risks risk, Scope evidence) {
        RiskControls link = RISK_CONTROLS.as("gap_link");
        AssessmentControls evaluation = ASSESSMENT_CONTROLS.as("gap_evaluation");
        return risk.RESIDUAL_LIKELIHOOD.isNotNull().and(DSL.exists(DSL.selectOne()
                .from(link)
                .join(evaluation).on(evaluation.ID.eq(latestEvaluation(link.CONTROL_ID, evidence)))
                .where(link.RISK_ID.eq(risk.ID))
                .and(link.TREATMENT_STATE.eq(TreatmentGap.RELIED_ON.key()))
                .and(evaluation.IMPLEMENTATION_STATUS.eq(TreatmentGap.UNSUPPORTED_BY.key()))));
    }
}
