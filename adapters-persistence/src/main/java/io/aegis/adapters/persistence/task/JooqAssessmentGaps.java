package io.aegis.adapters.persistence.task;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.TASKS;

import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.GapRemediation;
import io.aegis.domain.task.TaskId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/** The gaps of assessments (from assessment_controls) and the tasks already made for them (idx_tasks_assessment_control). */
public final class JooqAssessmentGaps implements AssessmentGaps {

    private static final List<String> GAP_STATUSES = Arrays.stream(ImplementationStatus.values())
            .filter(GapRemediation::isGap).map(ImplementationStatus::key).toList();

    private final DSLContext dsl;

    public JooqAssessmentGaps(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the assessment's row until the transaction ends on MySQL/MariaDB, so that two offers of its gaps take
     * turns and the second sees the first's tasks; SQLite runs one writing transaction at a time anyway.
     */
    @Override
    public Optional<AssessedScope> find(AssessmentId assessment) {
        SelectConditionStep<Record2<String, Integer>> row = dsl.select(ASSESSMENTS.STATUS, ASSESSMENTS.ASSET_ID)
                .from(ASSESSMENTS)
                .where(ASSESSMENTS.ID.eq(Math.toIntExact(assessment.value())));
        return (dsl.family() == SQLDialect.SQLITE ? row : row.forUpdate())
                .fetchOptional(found -> new AssessedScope(found.value1() == null ? AssessmentStatus.PLANNING
                        : AssessmentStatus.parse("status", found.value1()),
                        Optional.ofNullable(found.value2()).map(id -> new AssetId(id))));
    }

    @Override
    public List<ControlGap> gaps(AssessmentId assessment) {
        return dsl.select(ASSESSMENT_CONTROLS.CONTROL_ID, CONTROLS.CONTROL_ID, CONTROLS.TITLE,
                        ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, ASSESSMENT_CONTROLS.FINDINGS,
                        ASSESSMENT_CONTROLS.RECOMMENDATIONS)
                .from(ASSESSMENT_CONTROLS)
                .join(CONTROLS).on(CONTROLS.ID.eq(ASSESSMENT_CONTROLS.CONTROL_ID))
                .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(Math.toIntExact(assessment.value())))
                .and(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS.in(GAP_STATUSES))
                .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(row -> new ControlGap(new ControlId(row.value1()), row.value2(), row.value3(),
                        ImplementationStatus.parse("implementation_status", row.value4()), row.value5(),
                        row.value6()));
    }

    @Override
    public Map<ControlId, TaskId> tasked(AssessmentId assessment) {
        return dsl.select(TASKS.CONTROL_ID, DSL.min(TASKS.ID)).from(TASKS)
                .where(TASKS.ASSESSMENT_ID.eq(Math.toIntExact(assessment.value())))
                .and(TASKS.CONTROL_ID.isNotNull())
                .groupBy(TASKS.CONTROL_ID)
                .fetch().stream()
                .collect(Collectors.toMap(row -> new ControlId(row.value1()), row -> new TaskId(row.value2())));
    }
}
