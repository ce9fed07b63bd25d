package io.aegis.adapters.persistence.compliance;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.compliance.port.out.PostureEvaluationReadModel;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.compliance.EvaluatedControl;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.organisation.Scope;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Completed assessments and their evaluations, each query filtered by the units where the actor reads assets: an
 * assessment of an asset in none of them is never loaded.
 */
public final class JooqPostureEvaluationReadModel implements PostureEvaluationReadModel {

    private final DSLContext dsl;

    public JooqPostureEvaluationReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CompletedAssessment> latestCompleted(Scope assets, Optional<AssetId> asset) {
        Condition where = readable(assets)
                .and(ASSESSMENTS.STATUS.eq(AssessmentStatus.COMPLETED.key()))
                .and(ASSESSMENTS.IS_ACTIVE.isTrue());
        if (asset.isPresent()) {
            where = where.and(ASSESSMENTS.ASSET_ID.eq(Math.toIntExact(asset.get().value())));
        }
        // newest first within a framework: the first of each is its latest
        Map<FrameworkId, CompletedAssessment> latest = new LinkedHashMap<>();
        dsl.select(ASSESSMENTS.ID, ASSESSMENTS.NAME, FRAMEWORKS.ID, FRAMEWORKS.NAME,
                        DSL.coalesce(ASSESSMENTS.UPDATED_AT, ASSESSMENTS.CREATED_AT))
                .from(ASSESSMENTS)
                .join(FRAMEWORKS).on(FRAMEWORKS.ID.eq(ASSESSMENTS.FRAMEWORK_ID))
                .where(where)
                .orderBy(FRAMEWORKS.ID, DSL.coalesce(ASSESSMENTS.UPDATED_AT, ASSESSMENTS.CREATED_AT).desc(),
                        ASSESSMENTS.ID.desc())
                .fetch(row -> new CompletedAssessment(new AssessmentId(row.value1()), row.value2(),
                        new FrameworkId(row.value3()), row.value4(), row.value5()))
                .forEach(completed -> latest.putIfAbsent(completed.framework(), completed));
        return List.copyOf(latest.values());
    }

    @Override
    public List<EvaluatedControl> evaluations(Scope assets, Collection<AssessmentId> assessments) {
        List<Integer> ids = assessments.stream().map(id -> Math.toIntExact(id.value())).distinct().toList();
        return IdBatches.fetch(ids, batch -> dsl.select(ASSESSMENT_CONTROLS.ASSESSMENT_ID,
                        ASSESSMENT_CONTROLS.CONTROL_ID, ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS,
                        ASSESSMENT_CONTROLS.EFFECTIVENESS_RATING)
                .from(ASSESSMENT_CONTROLS)
                .join(ASSESSMENTS).on(ASSESSMENTS.ID.eq(ASSESSMENT_CONTROLS.ASSESSMENT_ID))
                .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.in(batch))
                .and(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS.ne(ImplementationStatus.NOT_ASSESSED.key()))
                .and(readable(assets))
                .fetch(row -> new EvaluatedControl(new AssessmentId(row.value1()), new ControlId(row.value2()),
                        ImplementationStatus.parse("implementation_status", row.value3()),
                        Optional.ofNullable(row.value4())
                                .map(key -> Effectiveness.parse("effectiveness_rating", key)))));
    }

    /** An assessment of no asset, or of an asset in the units the actor reads assets in. */
    private static Condition readable(Scope assets) {
        return ASSESSMENTS.ASSET_ID.isNull().or(ASSESSMENTS.ASSET_ID.in(DSL.select(ASSETS.ID).from(ASSETS)
                .where(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, assets))));
    }
}
