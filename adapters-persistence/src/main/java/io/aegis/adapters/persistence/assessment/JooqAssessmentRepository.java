package io.aegis.adapters.persistence.assessment;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.BASELINE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.AssessmentsRecord;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqAssessmentRepository implements AssessmentRepository {

    private static final VersionedTable<AssessmentsRecord> TABLE = new VersionedTable<>(ASSESSMENTS, ASSESSMENTS.ID,
            ASSESSMENTS.CREATED_AT, ASSESSMENTS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqAssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Assessment> findById(AssessmentId id) {
        return dsl.selectFrom(ASSESSMENTS).where(ASSESSMENTS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional().map(AssessmentRows::toDomain);
    }

    @Override
    public AssessmentId create(Assessment assessment) {
        return new AssessmentId(TABLE.insert(dsl, AssessmentRows.newRow(assessment)));
    }

    /** One INSERT ... SELECT: the 1,007 active controls of 800-53 never travel through the application. */
    @Override
    public int addControls(AssessmentId assessment, FrameworkId framework, Optional<BaselineId> baseline,
                           Instant now) {
        Condition selected = CONTROLS.FRAMEWORK_ID.eq(Math.toIntExact(framework.value()))
                .and(CONTROLS.IS_GROUP.isFalse())
                .and(CONTROLS.IS_ACTIVE.isTrue());
        if (baseline.isPresent()) {
            selected = selected.and(CONTROLS.ID.in(DSL.select(BASELINE_CONTROLS.CONTROL_ID).from(BASELINE_CONTROLS)
                    .where(BASELINE_CONTROLS.BASELINE_ID.eq(Math.toIntExact(baseline.get().value())))));
        }
        return dsl.insertInto(ASSESSMENT_CONTROLS, ASSESSMENT_CONTROLS.ASSESSMENT_ID, ASSESSMENT_CONTROLS.CONTROL_ID,
                        ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, ASSESSMENT_CONTROLS.CREATED_AT,
                        ASSESSMENT_CONTROLS.UPDATED_AT)
                .select(DSL.select(DSL.val(Math.toIntExact(assessment.value())), CONTROLS.ID,
                                DSL.val(ImplementationStatus.NOT_ASSESSED.key()),
                                DSL.val(now, ASSESSMENT_CONTROLS.CREATED_AT), DSL.val(now, ASSESSMENT_CONTROLS.UPDATED_AT))
                        .from(CONTROLS)
                        .where(selected)
                        .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID))
                .execute();
    }

    @Override
    public boolean update(Assessment changed, Instant expectedVersion) {
        return TABLE.update(dsl, AssessmentRows.newRow(changed), changed.id().orElseThrow().value(), expectedVersion);
    }
}
