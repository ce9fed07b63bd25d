package io.aegis.adapters.persistence.compliance;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel;
import io.aegis.domain.compliance.CatalogNode;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** A framework's catalog in one read: each control's place, whether it is a group, whether it is active. */
public final class JooqPostureCatalogReadModel implements PostureCatalogReadModel {

    private final DSLContext dsl;

    public JooqPostureCatalogReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<FrameworkSummary> framework(FrameworkId framework) {
        return dsl.select(FRAMEWORKS.ID, FRAMEWORKS.NAME, FRAMEWORKS.VERSION).from(FRAMEWORKS)
                .where(FRAMEWORKS.ID.eq(Math.toIntExact(framework.value())))
                .fetchOptional(row -> new FrameworkSummary(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public List<CatalogControl> catalog(FrameworkId framework) {
        return dsl.select(CONTROLS.ID, CONTROLS.PARENT_ID, CONTROLS.IS_GROUP, CONTROLS.IS_ACTIVE, CONTROLS.CONTROL_ID,
                        CONTROLS.TITLE)
                .from(CONTROLS)
                .where(CONTROLS.FRAMEWORK_ID.eq(Math.toIntExact(framework.value())))
                .orderBy(CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(row -> new CatalogControl(new CatalogNode(new ControlId(row.value1()),
                        Optional.ofNullable(row.value2()).map(ControlId::new), Boolean.TRUE.equals(row.value3()),
                        !Boolean.FALSE.equals(row.value4())), row.value5(), row.value6()));
    }
}
