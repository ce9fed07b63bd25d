package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.ControlsRecord;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * A framework's controls in bulk: new ones in multi-row INSERTs returning their ids, a level of the hierarchy at a
 * time (a parent's id is known before its children are written), changed ones in one batch of UPDATEs.
 */
public final class JooqControlRepository implements ControlRepository {

    private static final VersionedTable<ControlsRecord> TABLE = new VersionedTable<>(CONTROLS, CONTROLS.ID,
            CONTROLS.CREATED_AT, CONTROLS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqControlRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Control> ofFramework(FrameworkId framework) {
        return dsl.select(CONTROLS.asterisk(), ControlRows.PARENT_LABEL)
                .from(CONTROLS)
                .leftJoin(ControlRows.PARENT).on(ControlRows.PARENT.ID.eq(CONTROLS.PARENT_ID))
                .where(CONTROLS.FRAMEWORK_ID.eq(Math.toIntExact(framework.value())))
                .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(ControlRows::toDomain);
    }

    @Override
    public List<Control> insertAll(List<Control> controls) {
        if (controls.isEmpty()) {
            return List.of();
        }
        Map<ControlLabel, Integer> ids = storedIds(controls);
        Map<Control, Long> assigned = new HashMap<>();
        List<Control> waiting = controls;
        while (!waiting.isEmpty()) {
            List<Control> level = waiting.stream().filter(control -> control.definition().parentLabel()
                    .map(ids::containsKey).orElse(true)).toList();
            if (level.isEmpty()) {
                throw new IllegalArgumentException("controls whose parents are neither stored nor among them: "
                        + waiting.stream().map(Control::label).toList());
            }
            List<Long> levelIds = TABLE.insertAll(dsl, level.stream().map(control -> ControlRows.newRow(control,
                    parentId(control, ids))).toList(), List.of(CONTROLS.FRAMEWORK_ID, CONTROLS.CONTROL_ID));
            for (int i = 0; i < level.size(); i++) {
                ids.put(level.get(i).label(), Math.toIntExact(levelIds.get(i)));
                assigned.put(level.get(i), levelIds.get(i));
            }
            waiting = waiting.stream().filter(control -> !assigned.containsKey(control)).toList();
        }
        return controls.stream().map(control -> control.identifiedAs(new ControlId(assigned.get(control)))).toList();
    }

    @Override
    public boolean updateAll(List<Control> controls, List<Instant> expectedVersions) {
        if (controls.isEmpty()) {
            return true;
        }
        Map<ControlLabel, Integer> ids = storedIds(controls);
        List<ControlsRecord> rows = new ArrayList<>(controls.size());
        for (Control control : controls) {
            rows.add(ControlRows.newRow(control, parentId(control, ids)));
        }
        return TABLE.updateAll(dsl, rows, controls.stream().map(control -> control.id().orElseThrow().value())
                .toList(), expectedVersions);
    }

    /** The ids of the framework's stored controls by label, in one read. */
    private Map<ControlLabel, Integer> storedIds(List<Control> controls) {
        FrameworkId framework = controls.get(0).framework();
        if (controls.stream().anyMatch(control -> !control.framework().equals(framework))) {
            throw new IllegalArgumentException("controls written together belong to one framework");
        }
        Map<ControlLabel, Integer> ids = new HashMap<>();
        dsl.select(CONTROLS.CONTROL_ID, CONTROLS.ID).from(CONTROLS)
                .where(CONTROLS.FRAMEWORK_ID.eq(Math.toIntExact(framework.value())))
                .forEach(row -> ids.put(new ControlLabel(row.value1()), row.value2()));
        return ids;
    }

    private static Integer parentId(Control control, Map<ControlLabel, Integer> ids) {
        return control.definition().parentLabel().map(label -> {
            Integer id = ids.get(label);
            if (id == null) {
                throw new IllegalArgumentException("control " + control.label() + " sits in " + label
                        + ", which is no control of its framework");
            }
            return id;
        }).orElse(null);
    }
}
