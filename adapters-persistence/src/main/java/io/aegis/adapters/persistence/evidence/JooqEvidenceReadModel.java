package io.aegis.adapters.persistence.evidence;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE;
import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.TASKS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_EVIDENCE;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.EvidenceControlsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.TaskEvidenceRecord;
import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.EvidenceSortField;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceReader;
import io.aegis.application.port.Page;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.Sensitivity;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.shared.Revision;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Evidence with its uploader's name, newest first, and its links beside the control's label or the task's title. The
 * restricted rule ({@link io.aegis.domain.evidence.EvidenceAccess}) is a condition of every query, so evidence the
 * reader may not read is never loaded, counted or linked to.
 */
public final class JooqEvidenceReadModel implements EvidenceReadModel {

    private final DSLContext dsl;

    public JooqEvidenceReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<EvidenceView> list(ListEvidenceQuery query, EvidenceReader reader) {
        Condition where = readableBy(reader).and(matching(query));
        List<EvidenceView> items = select()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqEvidenceReadModel::column, EVIDENCE.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqEvidenceReadModel::toView);
        return Page.of(items, dsl.fetchCount(EVIDENCE, where), query.page());
    }

    @Override
    public Optional<EvidenceView> find(EvidenceId id, EvidenceReader reader) {
        return select().where(EVIDENCE.ID.eq(Math.toIntExact(id.value()))).and(readableBy(reader))
                .fetchOptional(JooqEvidenceReadModel::toView);
    }

    @Override
    public List<ControlLinkView> controlsOf(EvidenceId evidence) {
        return selectControlLinks().where(EVIDENCE_CONTROLS.EVIDENCE_ID.eq(Math.toIntExact(evidence.value())))
                .orderBy(CONTROLS.FRAMEWORK_ID, CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(JooqEvidenceReadModel::toControlLink);
    }

    @Override
    public List<ControlLinkView> evidenceOfControl(ControlId control, EvidenceReader reader) {
        return selectControlLinks().where(EVIDENCE_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value())))
                .and(readableBy(reader))
                .orderBy(EVIDENCE.ID.desc())
                .fetch(JooqEvidenceReadModel::toControlLink);
    }

    @Override
    public List<TaskLinkView> tasksOf(EvidenceId evidence) {
        return selectTaskLinks().where(TASK_EVIDENCE.EVIDENCE_ID.eq(Math.toIntExact(evidence.value())))
                .orderBy(TASKS.ID)
                .fetch(JooqEvidenceReadModel::toTaskLink);
    }

    @Override
    public List<TaskLinkView> evidenceOfTask(long task, EvidenceReader reader) {
        return selectTaskLinks().where(TASK_EVIDENCE.TASK_ID.eq(Math.toIntExact(task))).and(readableBy(reader))
                .orderBy(EVIDENCE.ID.desc())
                .fetch(JooqEvidenceReadModel::toTaskLink);
    }

    /** Anything not restricted; restricted evidence only to its uploader and holders of evidence:restricted. */
    private static Condition readableBy(EvidenceReader reader) {
        if (reader.readsRestricted()) {
            return DSL.noCondition();
        }
        Condition open = EVIDENCE.SENSITIVITY_LEVEL.ne(Sensitivity.RESTRICTED.key())
                .or(EVIDENCE.SENSITIVITY_LEVEL.isNull());
        return reader.user()
                .map(user -> open.or(EVIDENCE.UPLOADED_BY.eq(Math.toIntExact(user.value()))))
                .orElse(open);
    }

    private static Condition matching(ListEvidenceQuery query) {
        Condition where = DSL.noCondition();
        if (query.text().isPresent()) {
            String text = query.text().get();
            where = where.and(EVIDENCE.TITLE.containsIgnoreCase(text).or(EVIDENCE.FILE_NAME.containsIgnoreCase(text)));
        }
        if (query.sensitivity().isPresent()) {
            where = where.and(EVIDENCE.SENSITIVITY_LEVEL.eq(query.sensitivity().get().key()));
        }
        if (query.evidenceType().isPresent()) {
            where = where.and(EVIDENCE.EVIDENCE_TYPE.eq(query.evidenceType().get()));
        }
        if (query.integrity().isPresent()) {
            where = where.and(EVIDENCE.INTEGRITY_STATUS.eq(query.integrity().get().key()));
        }
        return where;
    }

    private static Field<?> column(EvidenceSortField field) {
        return switch (field) {
            case ID -> EVIDENCE.ID;
            // the same order on both databases, whatever their collation
            case TITLE -> DSL.lower(EVIDENCE.TITLE);
            case FILE_SIZE -> EVIDENCE.FILE_SIZE;
            case RETENTION_DATE -> EVIDENCE.RETENTION_DATE;
            case CREATED_AT -> EVIDENCE.CREATED_AT;
        };
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(EVIDENCE.asterisk()).select(USERS.USERNAME).from(EVIDENCE)
                .leftJoin(USERS).on(USERS.ID.eq(EVIDENCE.UPLOADED_BY));
    }

    private SelectOnConditionStep<Record> selectControlLinks() {
        return dsl.select(EVIDENCE_CONTROLS.asterisk())
                .select(EVIDENCE.TITLE, CONTROLS.FRAMEWORK_ID, CONTROLS.CONTROL_ID, CONTROLS.TITLE)
                .from(EVIDENCE_CONTROLS)
                .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_CONTROLS.EVIDENCE_ID))
                .join(CONTROLS).on(CONTROLS.ID.eq(EVIDENCE_CONTROLS.CONTROL_ID));
    }

    private SelectOnConditionStep<Record> selectTaskLinks() {
        return dsl.select(TASK_EVIDENCE.asterisk()).select(EVIDENCE.TITLE, TASKS.TITLE)
                .from(TASK_EVIDENCE)
                .join(EVIDENCE).on(EVIDENCE.ID.eq(TASK_EVIDENCE.EVIDENCE_ID))
                .join(TASKS).on(TASKS.ID.eq(TASK_EVIDENCE.TASK_ID));
    }

    private static EvidenceView toView(Record record) {
        return new EvidenceView(new EvidenceId(record.get(EVIDENCE.ID)), EvidenceRows.toDomain(record),
                Optional.ofNullable(record.get(USERS.USERNAME)),
                Revision.stored(record.get(EVIDENCE.CREATED_AT), record.get(EVIDENCE.UPDATED_AT)).updatedAt());
    }

    private static ControlLinkView toControlLink(Record record) {
        EvidenceControlsRecord row = record.into(EVIDENCE_CONTROLS);
        return new ControlLinkView(new EvidenceId(row.getEvidenceId()), record.get(EVIDENCE.TITLE),
                new ControlId(row.getControlId()), new FrameworkId(record.get(CONTROLS.FRAMEWORK_ID)),
                record.get(CONTROLS.CONTROL_ID), record.get(CONTROLS.TITLE),
                Optional.ofNullable(row.getSupportType()).map(key -> SupportType.parse("support_type", key)),
                Optional.ofNullable(row.getAdequacyRating()).map(key -> Adequacy.parse("adequacy_rating", key)),
                Optional.ofNullable(row.getNotes()), row.getCreatedAt());
    }

    private static TaskLinkView toTaskLink(Record record) {
        TaskEvidenceRecord row = record.into(TASK_EVIDENCE);
        return new TaskLinkView(row.getTaskId(), record.get(TASKS.TITLE), new EvidenceId(row.getEvidenceId()),
                record.get(EVIDENCE.TITLE), Optional.ofNullable(row.getRelationshipType()),
                Optional.ofNullable(row.getNotes()), row.getCreatedAt());
    }
}
