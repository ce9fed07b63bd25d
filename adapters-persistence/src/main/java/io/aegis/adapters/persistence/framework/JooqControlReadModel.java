package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.BASELINE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;

import io.aegis.adapters.persistence.CaseInsensitiveText;
import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.framework.port.in.ControlSortField;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Controls with their parent's control id, from the framework's index in catalog order. */
public final class JooqControlReadModel implements ControlReadModel {

    private final DSLContext dsl;

    public JooqControlReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<ControlView> list(ListControlsQuery query) {
        Condition where = matching(query);
        List<ControlView> items = select()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), this::column, CONTROLS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(ControlRows::toView);
        return Page.of(items, dsl.fetchCount(CONTROLS, where), query.page());
    }

    @Override
    public List<ControlView> outline(FrameworkId framework) {
        return select().where(inFramework(framework)).orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(ControlRows::toView);
    }

    @Override
    public Optional<ControlView> find(ControlId id) {
        return select().where(CONTROLS.ID.eq(Math.toIntExact(id.value()))).fetchOptional(ControlRows::toView);
    }

    @Override
    public List<ControlView> children(ControlId parent) {
        return select().where(CONTROLS.PARENT_ID.eq(Math.toIntExact(parent.value())))
                .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID).fetch(ControlRows::toView);
    }

    @Override
    public List<ControlView> withLabels(FrameworkId framework, Collection<String> controlIds) {
        return IdBatches.fetch(List.copyOf(controlIds), batch -> select().where(inFramework(framework))
                        .and(CONTROLS.CONTROL_ID.in(batch)).fetch(ControlRows::toView)).stream()
                .sorted(Comparator.comparingInt(ControlView::position).thenComparingLong(ControlView::id)).toList();
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(CONTROLS.asterisk()).select(ControlRows.PARENT_LABEL)
                .from(CONTROLS)
                .leftJoin(ControlRows.PARENT).on(ControlRows.PARENT.ID.eq(CONTROLS.PARENT_ID));
    }

    private static Condition inFramework(FrameworkId framework) {
        return CONTROLS.FRAMEWORK_ID.eq(Math.toIntExact(framework.value()));
    }

    private static Condition matching(ListControlsQuery query) {
        Condition where = inFramework(query.framework());
        if (query.text().isPresent()) {
            String text = query.text().get();
            // control ids compare exactly (utf8mb4_bin on MySQL), so their search folds case itself
            where = where.and(CONTROLS.CONTROL_ID.containsIgnoreCase(text)
                    .or(CaseInsensitiveText.contains(CONTROLS.TITLE, text)));
        }
        if (query.controlType().isPresent()) {
            where = where.and(CONTROLS.CONTROL_TYPE.equalIgnoreCase(query.controlType().get()));
        }
        if (query.group().isPresent()) {
            where = where.and(query.group().get() ? CONTROLS.IS_GROUP.isTrue() : CONTROLS.IS_GROUP.isFalse());
        }
        if (query.active().isPresent()) {
            where = where.and(query.active().get() ? CONTROLS.IS_ACTIVE.isTrue() : CONTROLS.IS_ACTIVE.isFalse());
        }
        if (query.parent().isPresent()) {
            where = where.and(CONTROLS.PARENT_ID.eq(Math.toIntExact(query.parent().get().value())));
        }
        if (query.baseline().isPresent()) {
            where = where.and(CONTROLS.ID.in(DSL.select(BASELINE_CONTROLS.CONTROL_ID).from(BASELINE_CONTROLS)
                    .where(BASELINE_CONTROLS.BASELINE_ID.eq(Math.toIntExact(query.baseline().get().value())))));
        }
        return where;
    }

    private Field<?> column(ControlSortField field) {
        return switch (field) {
            case POSITION -> CONTROLS.SORT_POSITION;
            case ID -> CONTROLS.ID;
            case CONTROL_ID -> CONTROLS.CONTROL_ID;
            case TITLE -> CaseInsensitiveText.order(CONTROLS.TITLE, dsl.dialect());
        };
    }
}
