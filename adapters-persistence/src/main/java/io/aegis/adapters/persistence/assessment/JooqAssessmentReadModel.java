package io.aegis.adapters.persistence.assessment;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.AssessmentControlsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.AssessmentsRecord;
import io.aegis.application.assessment.port.in.AssessmentSortField;
import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.shared.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Assessments with how many of their controls are assessed (two counts of the assessment's index range), and their
 * evaluations beside each control's label and title, in the catalog's order.
 */
public final class JooqAssessmentReadModel implements AssessmentReadModel {

    private static final Field<Integer> CONTROL_COUNT = DSL.field(DSL.selectCount().from(ASSESSMENT_CONTROLS)
            .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(ASSESSMENTS.ID))).as("control_count");
    private static final Field<Integer> ASSESSED_COUNT = DSL.field(DSL.selectCount().from(ASSESSMENT_CONTROLS)
            .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(ASSESSMENTS.ID))
            .and(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS.in(ImplementationStatus.NOT_IMPLEMENTED.key(),
                    ImplementationStatus.PARTIALLY_IMPLEMENTED.key(), ImplementationStatus.IMPLEMENTED.key())))
            .as("assessed_count");

    private final DSLContext dsl;

    public JooqAssessmentReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssessmentView> list(ListAssessmentsQuery query) {
        Condition where = matching(query);
        List<AssessmentView> items = select()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssessmentReadModel::column, ASSESSMENTS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqAssessmentReadModel::toView);
        return Page.of(items, dsl.fetchCount(ASSESSMENTS, where), query.page());
    }

    @Override
    public Optional<AssessmentView> find(AssessmentId id) {
        return select().where(ASSESSMENTS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(JooqAssessmentReadModel::toView);
    }

    @Override
    public Page<EvaluationView> evaluations(ListEvaluationsQuery query) {
        Condition where = ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(Math.toIntExact(query.assessment().value()));
        if (query.status().isPresent()) {
            where = where.and(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS.eq(query.status().get().key()));
        }
        if (query.parent().isPresent()) {
            where = where.and(CONTROLS.PARENT_ID.eq(Math.toIntExact(query.parent().get().value())));
        }
        if (query.family().isPresent()) {
            where = where.and(ASSESSMENT_CONTROLS.CONTROL_ID.in(beneath(query.family().get())));
        }
        List<EvaluationView> items = selectEvaluations()
                .where(where)
                .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID)
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqAssessmentReadModel::toEvaluation);
        long total = dsl.selectCount().from(ASSESSMENT_CONTROLS).join(CONTROLS)
                .on(CONTROLS.ID.eq(ASSESSMENT_CONTROLS.CONTROL_ID)).where(where).fetchOne(0, Long.class);
        return Page.of(items, total, query.page());
    }

    @Override
    public Optional<EvaluationView> evaluation(AssessmentId assessment, ControlId control) {
        return selectEvaluations()
                .where(ASSESSMENT_CONTROLS.ASSESSMENT_ID.eq(Math.toIntExact(assessment.value())))
                .and(ASSESSMENT_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value())))
                .fetchOptional(JooqAssessmentReadModel::toEvaluation);
    }

    /** {@code family} and every control beneath it, at any depth (a recursive query both databases run). */
    private static Select<Record1<Integer>> beneath(ControlId family) {
        CommonTableExpression<Record1<Integer>> beneath = DSL.name("beneath").fields("id").as(
                DSL.select(CONTROLS.ID).from(CONTROLS).where(CONTROLS.ID.eq(Math.toIntExact(family.value())))
                        .unionAll(DSL.select(CONTROLS.ID).from(CONTROLS)
                                .join(DSL.table(DSL.name("beneath")))
                                .on(CONTROLS.PARENT_ID.eq(DSL.field(DSL.name("beneath", "id"), Integer.class)))));
        return DSL.withRecursive(beneath).select(beneath.field("id", Integer.class)).from(beneath);
    }

    private SelectJoinStep<Record> select() {
        return dsl.select(ASSESSMENTS.asterisk()).select(CONTROL_COUNT, ASSESSED_COUNT).from(ASSESSMENTS);
    }

    private SelectJoinStep<Record> selectEvaluations() {
        return dsl.select(ASSESSMENT_CONTROLS.asterisk())
                .select(CONTROLS.CONTROL_ID, CONTROLS.TITLE, CONTROLS.PARENT_ID)
                .from(ASSESSMENT_CONTROLS)
                .join(CONTROLS).on(CONTROLS.ID.eq(ASSESSMENT_CONTROLS.CONTROL_ID));
    }

    private static AssessmentView toView(Record record) {
        AssessmentsRecord row = record.into(ASSESSMENTS);
        return new AssessmentView(row.getId(), row.getName(), row.getDescription(), row.getAssessmentType(),
                longOrNull(row.getFrameworkId()), longOrNull(row.getBaselineId()), longOrNull(row.getAssetId()),
                row.getScope(), row.getMethodology(), row.getStatus(), row.getStartDate(), row.getEndDate(),
                row.getDueDate(), longOrNull(row.getAssessorInternal()), row.getAssessorExternal(),
                row.getOverallScore(), row.getRiskRating(), row.getExecutiveSummary(), row.getRecommendations(),
                row.getAiGeneratedSummary(), row.getAiConfidenceScore(), !Boolean.FALSE.equals(row.getIsActive()),
                record.get(CONTROL_COUNT), record.get(ASSESSED_COUNT), longOrNull(row.getCreatedById()),
                row.getCreatedAt(), updatedAt(row.getCreatedAt(), row.getUpdatedAt()));
    }

    private static EvaluationView toEvaluation(Record record) {
        AssessmentControlsRecord row = record.into(ASSESSMENT_CONTROLS);
        return new EvaluationView(row.getId(), row.getAssessmentId(), row.getControlId(),
                record.get(CONTROLS.CONTROL_ID), record.get(CONTROLS.TITLE), longOrNull(record.get(CONTROLS.PARENT_ID)),
                row.getImplementationStatus(), row.getEffectivenessRating(), row.getMaturityLevel(), row.getFindings(),
                row.getRecommendations(), row.getEvidenceNotes(), longOrNull(row.getTestedBy()), row.getTestedDate(),
                row.getAiAssessment(), row.getAiConfidenceScore(), row.getCreatedAt(),
                updatedAt(row.getCreatedAt(), row.getUpdatedAt()));
    }

    /** A row never updated has no update time: its creation time stands in, to the millisecond, as its version. */
    private static Instant updatedAt(Instant created, Instant updated) {
        return Revision.stored(created, updated).updatedAt();
    }

    private static Long longOrNull(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Condition matching(ListAssessmentsQuery query) {
        Condition where = query.includeInactive() ? DSL.noCondition() : ASSESSMENTS.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            where = where.and(ASSESSMENTS.NAME.containsIgnoreCase(query.text().get()));
        }
        if (query.status().isPresent()) {
            where = where.and(ASSESSMENTS.STATUS.eq(query.status().get().key()));
        }
        if (query.framework().isPresent()) {
            where = where.and(ASSESSMENTS.FRAMEWORK_ID.eq(Math.toIntExact(query.framework().get().value())));
        }
        if (query.asset().isPresent()) {
            where = where.and(ASSESSMENTS.ASSET_ID.eq(Math.toIntExact(query.asset().get().value())));
        }
        return where;
    }

    private static Field<?> column(AssessmentSortField field) {
        return switch (field) {
            case ID -> ASSESSMENTS.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(ASSESSMENTS.NAME);
            case STATUS -> ASSESSMENTS.STATUS;
            case DUE_DATE -> ASSESSMENTS.DUE_DATE;
            case OVERALL_SCORE -> ASSESSMENTS.OVERALL_SCORE;
            case CREATED_AT -> ASSESSMENTS.CREATED_AT;
            case UPDATED_AT -> ASSESSMENTS.UPDATED_AT;
        };
    }
}
