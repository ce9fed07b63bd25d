package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.FrameworksRecord;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqFrameworkRepository implements FrameworkRepository {

    private static final VersionedTable<FrameworksRecord> TABLE = new VersionedTable<>(FRAMEWORKS, FRAMEWORKS.ID,
            FRAMEWORKS.CREATED_AT, FRAMEWORKS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqFrameworkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Framework> findById(FrameworkId id) {
        return dsl.selectFrom(FRAMEWORKS).where(FRAMEWORKS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional().map(FrameworkRows::toDomain);
    }

    @Override
    public Optional<Framework> findByName(String name, Optional<String> organization) {
        // rows stored before V28 have no key until an import updates them: those are matched as they were then
        return dsl.selectFrom(FRAMEWORKS)
                .where(FRAMEWORKS.CATALOG_KEY.eq(FrameworkRows.catalogKey(name, organization.orElse(null))))
                .or(FRAMEWORKS.CATALOG_KEY.isNull().and(FRAMEWORKS.NAME.eq(name))
                        .and(organization.map(FRAMEWORKS.ORGANIZATION::eq).orElse(FRAMEWORKS.ORGANIZATION.isNull())))
                .orderBy(FRAMEWORKS.ID)
                .limit(1)
                .fetchOptional().map(FrameworkRows::toDomain);
    }

    @Override
    public Framework insert(Framework framework) {
        return framework.identifiedAs(new FrameworkId(TABLE.insert(dsl, FrameworkRows.newRow(framework))));
    }

    @Override
    public boolean update(Framework framework, Instant expectedVersion) {
        return TABLE.update(dsl, FrameworkRows.newRow(framework), framework.id().orElseThrow().value(),
                expectedVersion);
    }
}
