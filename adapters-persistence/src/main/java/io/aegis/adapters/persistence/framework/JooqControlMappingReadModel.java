package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROL_MAPPINGS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.Controls;
import io.aegis.adapters.persistence.jooq.tables.Frameworks;
import io.aegis.application.compliance.port.out.PostureMappings;
import io.aegis.application.framework.port.in.ControlMappingSortField;
import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingRelationship;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Mappings with both controls and their frameworks joined into the page's query, and the walk's one read a step;
 * the compliance posture's walk ({@link PostureMappings}) makes the same two reads.
 */
public final class JooqControlMappingReadModel implements ControlMappingReadModel, PostureMappings {

    private static final Controls SOURCE = CONTROLS.as("source");
    private static final Controls TARGET = CONTROLS.as("target");
    private static final Frameworks SOURCE_FRAMEWORK = FRAMEWORKS.as("source_framework");
    private static final Frameworks TARGET_FRAMEWORK = FRAMEWORKS.as("target_framework");

    private final DSLContext dsl;

    public JooqControlMappingReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<ControlMappingView> list(ListControlMappingsQuery query) {
        Condition where = matching(query);
        List<ControlMappingView> items = select()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqControlMappingReadModel::column, CONTROL_MAPPINGS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqControlMappingReadModel::toView);
        return Page.of(items, dsl.fetchCount(CONTROL_MAPPINGS
                .join(SOURCE).on(SOURCE.ID.eq(CONTROL_MAPPINGS.SOURCE_CONTROL_ID))
                .join(TARGET).on(TARGET.ID.eq(CONTROL_MAPPINGS.TARGET_CONTROL_ID)), where), query.page());
    }

    @Override
    public Optional<ControlMappingView> find(ControlMappingId id) {
        return select().where(CONTROL_MAPPINGS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(JooqControlMappingReadModel::toView);
    }

    @Override
    public List<MappingLink> linksTouching(Collection<ControlId> controls) {
        List<Integer> ids = controls.stream().map(id -> Math.toIntExact(id.value())).distinct().toList();
        // a mapping may touch two batches, one end in each: kept once
        Map<Long, MappingLink> found = new LinkedHashMap<>();
        IdBatches.fetch(ids, batch -> dsl.selectFrom(CONTROL_MAPPINGS)
                        .where(CONTROL_MAPPINGS.SOURCE_CONTROL_ID.in(batch))
                        .or(CONTROL_MAPPINGS.TARGET_CONTROL_ID.in(batch))
                        .fetch(ControlMappingRows::toLink))
                .forEach(link -> found.putIfAbsent(link.id(), link));
        return List.copyOf(found.values());
    }

    @Override
    public List<MappedControl> controls(Collection<ControlId> controls) {
        List<Integer> ids = controls.stream().map(id -> Math.toIntExact(id.value())).distinct().toList();
        return IdBatches.fetch(ids, batch -> dsl.select(CONTROLS.ID, CONTROLS.CONTROL_ID, CONTROLS.TITLE,
                        FRAMEWORKS.ID, FRAMEWORKS.NAME)
                .from(CONTROLS)
                .join(FRAMEWORKS).on(FRAMEWORKS.ID.eq(CONTROLS.FRAMEWORK_ID))
                .where(CONTROLS.ID.in(batch))
                .fetch(row -> new MappedControl(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5())));
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(CONTROL_MAPPINGS.asterisk())
                .select(SOURCE.CONTROL_ID, SOURCE.TITLE, SOURCE.FRAMEWORK_ID, SOURCE_FRAMEWORK.NAME)
                .select(TARGET.CONTROL_ID, TARGET.TITLE, TARGET.FRAMEWORK_ID, TARGET_FRAMEWORK.NAME)
                .from(CONTROL_MAPPINGS)
                .join(SOURCE).on(SOURCE.ID.eq(CONTROL_MAPPINGS.SOURCE_CONTROL_ID))
                .join(SOURCE_FRAMEWORK).on(SOURCE_FRAMEWORK.ID.eq(SOURCE.FRAMEWORK_ID))
                .join(TARGET).on(TARGET.ID.eq(CONTROL_MAPPINGS.TARGET_CONTROL_ID))
                .join(TARGET_FRAMEWORK).on(TARGET_FRAMEWORK.ID.eq(TARGET.FRAMEWORK_ID));
    }

    private static ControlMappingView toView(Record row) {
        ControlMappingView stored = ControlMappingView.of(ControlMappingRows.toDomain(row.into(CONTROL_MAPPINGS)));
        return new ControlMappingView(stored.id(), stored.sourceControlId(), stored.targetControlId(),
                stored.mappingType(), stored.mappingRationale(), stored.confidenceLevel(), stored.strength(),
                stored.createdBy(), stored.createdAt(), stored.updatedAt(),
                new MappedControl(stored.sourceControlId(), row.get(SOURCE.CONTROL_ID), row.get(SOURCE.TITLE),
                        row.get(SOURCE.FRAMEWORK_ID), row.get(SOURCE_FRAMEWORK.NAME)),
                new MappedControl(stored.targetControlId(), row.get(TARGET.CONTROL_ID), row.get(TARGET.TITLE),
                        row.get(TARGET.FRAMEWORK_ID), row.get(TARGET_FRAMEWORK.NAME)));
    }

    private static Condition matching(ListControlMappingsQuery query) {
        Condition where = DSL.noCondition();
        if (query.sourceFramework().isPresent()) {
            where = where.and(SOURCE.FRAMEWORK_ID.eq(Math.toIntExact(query.sourceFramework().get().value())));
        }
        if (query.targetFramework().isPresent()) {
            where = where.and(TARGET.FRAMEWORK_ID.eq(Math.toIntExact(query.targetFramework().get().value())));
        }
        if (query.control().isPresent()) {
            int control = Math.toIntExact(query.control().get().value());
            where = where.and(CONTROL_MAPPINGS.SOURCE_CONTROL_ID.eq(control)
                    .or(CONTROL_MAPPINGS.TARGET_CONTROL_ID.eq(control)));
        }
        if (!query.types().isEmpty()) {
            where = where.and(CONTROL_MAPPINGS.MAPPING_TYPE.in(query.types().stream()
                    .map(MappingRelationship::key).toList()));
        }
        return where;
    }

    private static Field<?> column(ControlMappingSortField field) {
        return switch (field) {
            case ID -> CONTROL_MAPPINGS.ID;
            case CREATED_AT -> CONTROL_MAPPINGS.CREATED_AT;
            case UPDATED_AT -> DSL.coalesce(CONTROL_MAPPINGS.UPDATED_AT, CONTROL_MAPPINGS.CREATED_AT);
            case MAPPING_TYPE -> CONTROL_MAPPINGS.MAPPING_TYPE;
        };
    }
}
