package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.BASELINE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORK_BASELINES;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.FrameworkBaselinesRecord;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.domain.framework.Baseline;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.impl.DSL;

/** A baseline's row and its selection, one row per selected control, written in multi-row INSERTs. */
public final class JooqBaselineRepository implements BaselineRepository {

    private static final VersionedTable<FrameworkBaselinesRecord> TABLE = new VersionedTable<>(FRAMEWORK_BASELINES,
            FRAMEWORK_BASELINES.ID, FRAMEWORK_BASELINES.CREATED_AT, FRAMEWORK_BASELINES.UPDATED_AT);
    /** Selected controls per INSERT: three parameters each, far below every driver's limit. */
    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;

    public JooqBaselineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Baseline> findByName(FrameworkId framework, String name) {
        return dsl.selectFrom(FRAMEWORK_BASELINES)
                .where(FRAMEWORK_BASELINES.FRAMEWORK_ID.eq(Math.toIntExact(framework.value())))
                .and(FRAMEWORK_BASELINES.NAME.eq(name))
                .fetchOptional()
                .map(row -> Baseline.restore(new BaselineId(row.getId()), framework, row.getName(), row.getVersion(),
                        dsl.select(BASELINE_CONTROLS.CONTROL_ID).from(BASELINE_CONTROLS)
                                .where(BASELINE_CONTROLS.BASELINE_ID.eq(row.getId()))
                                .orderBy(BASELINE_CONTROLS.SORT_POSITION)
                                .fetch(control -> new ControlId(control.value1())),
                        row.getCreatedAt(), row.getUpdatedAt()));
    }

    @Override
    public Baseline insert(Baseline baseline) {
        Baseline stored = baseline.identifiedAs(new BaselineId(TABLE.insert(dsl, newRow(baseline))));
        insertSelection(stored);
        return stored;
    }

    @Override
    public boolean update(Baseline baseline, Instant expectedVersion) {
        long id = baseline.id().orElseThrow().value();
        if (!TABLE.update(dsl, newRow(baseline), id, expectedVersion)) {
            return false;
        }
        dsl.deleteFrom(BASELINE_CONTROLS).where(BASELINE_CONTROLS.BASELINE_ID.eq(Math.toIntExact(id))).execute();
        insertSelection(baseline);
        return true;
    }

    private static FrameworkBaselinesRecord newRow(Baseline baseline) {
        return FRAMEWORK_BASELINES.newRecord()
                .setFrameworkId(Math.toIntExact(baseline.framework().value()))
                .setName(baseline.name())
                .setVersion(baseline.profileVersion().orElse(null))
                .setCreatedAt(baseline.createdAt())
                .setUpdatedAt(baseline.updatedAt());
    }

    private void insertSelection(Baseline baseline) {
        int id = Math.toIntExact(baseline.id().orElseThrow().value());
        List<ControlId> controls = baseline.controls();
        for (int from = 0; from < controls.size(); from += ROWS_PER_INSERT) {
            InsertValuesStep3<?, Integer, Integer, Integer> insert = dsl.insertInto(BASELINE_CONTROLS,
                    BASELINE_CONTROLS.BASELINE_ID, BASELINE_CONTROLS.CONTROL_ID, BASELINE_CONTROLS.SORT_POSITION);
            for (int i = from; i < Math.min(from + ROWS_PER_INSERT, controls.size()); i++) {
                insert = insert.values(DSL.val(id), DSL.val(Math.toIntExact(controls.get(i).value())), DSL.val(i));
            }
            insert.execute();
        }
    }
}
