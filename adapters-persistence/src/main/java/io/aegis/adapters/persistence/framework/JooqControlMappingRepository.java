package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROL_MAPPINGS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.ControlMappingsRecord;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqControlMappingRepository implements ControlMappingRepository {

    private static final VersionedTable<ControlMappingsRecord> TABLE = new VersionedTable<>(CONTROL_MAPPINGS,
            CONTROL_MAPPINGS.ID, CONTROL_MAPPINGS.CREATED_AT, CONTROL_MAPPINGS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqControlMappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ControlMapping> findById(ControlMappingId id) {
        return dsl.selectFrom(CONTROL_MAPPINGS).where(CONTROL_MAPPINGS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional().map(ControlMappingRows::toDomain);
    }

    @Override
    public Optional<ControlMapping> findPair(ControlId a, ControlId b) {
        int first = Math.toIntExact(a.value());
        int second = Math.toIntExact(b.value());
        return dsl.selectFrom(CONTROL_MAPPINGS)
                .where(CONTROL_MAPPINGS.SOURCE_CONTROL_ID.eq(first).and(CONTROL_MAPPINGS.TARGET_CONTROL_ID.eq(second)))
                .or(CONTROL_MAPPINGS.SOURCE_CONTROL_ID.eq(second).and(CONTROL_MAPPINGS.TARGET_CONTROL_ID.eq(first)))
                .orderBy(CONTROL_MAPPINGS.ID)
                .limit(1)
                .fetchOptional().map(ControlMappingRows::toDomain);
    }

    @Override
    public List<ControlMapping> touching(Collection<ControlId> controls) {
        List<Integer> ids = controls.stream().map(id -> Math.toIntExact(id.value())).distinct().toList();
        // a mapping may touch two batches, one end in each: kept once
        Map<Integer, ControlMapping> found = new LinkedHashMap<>();
        IdBatches.fetch(ids, batch -> dsl.selectFrom(CONTROL_MAPPINGS)
                        .where(CONTROL_MAPPINGS.SOURCE_CONTROL_ID.in(batch))
                        .or(CONTROL_MAPPINGS.TARGET_CONTROL_ID.in(batch))
                        .fetch())
                .forEach(row -> found.putIfAbsent(row.getId(), ControlMappingRows.toDomain(row)));
        return found.values().stream().sorted(Comparator.comparingLong(m -> m.id().orElseThrow().value())).toList();
    }

    @Override
    public ControlMapping insert(ControlMapping mapping) {
        return mapping.identifiedAs(new ControlMappingId(TABLE.insert(dsl, ControlMappingRows.newRow(mapping))));
    }

    @Override
    public void insertAll(List<ControlMapping> mappings) {
        TABLE.insertAll(dsl, mappings.stream().map(ControlMappingRows::newRow).toList(),
                List.of(CONTROL_MAPPINGS.SOURCE_CONTROL_ID, CONTROL_MAPPINGS.TARGET_CONTROL_ID));
    }

    @Override
    public boolean update(ControlMapping mapping, Instant expectedVersion) {
        return TABLE.update(dsl, ControlMappingRows.newRow(mapping), mapping.id().orElseThrow().value(),
                expectedVersion);
    }

    @Override
    public boolean updateAll(List<ControlMapping> mappings, List<Instant> expectedVersions) {
        return TABLE.updateAll(dsl, mappings.stream().map(ControlMappingRows::newRow).toList(),
                mappings.stream().map(mapping -> mapping.id().orElseThrow().value()).toList(), expectedVersions);
    }

    @Override
    public boolean delete(ControlMappingId id) {
        return dsl.deleteFrom(CONTROL_MAPPINGS).where(CONTROL_MAPPINGS.ID.eq(Math.toIntExact(id.value())))
                .execute() == 1;
    }
}
