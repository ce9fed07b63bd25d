package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.adapters.persistence.StoredVersions;
import io.aegis.adapters.persistence.jooq.tables.records.RisksRecord;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskScoreEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqRiskRepository implements RiskRepository {

    private final DSLContext dsl;

    public JooqRiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Risk> findById(RiskId id) {
        return dsl.selectFrom(RISKS)
                .where(RISKS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(row -> RiskRows.toDomain(row, RiskRows.matricesOf(dsl, List.of(row))::get));
    }

    @Override
    public Risk insert(Risk risk) {
        RisksRecord row = RiskRows.newRow(risk);
        Integer id = dsl.insertInto(RISKS)
                .set(row)
                .returningResult(RISKS.ID)
                .fetchOne(RISKS.ID);
        return risk.identifiedAs(new RiskId(id));
    }

    @Override
    public boolean update(Risk risk, Instant expectedVersion) {
        RisksRecord row = RiskRows.newRow(risk);
        return dsl.update(RISKS)
                .set(row)
                .where(RISKS.ID.eq(Math.toIntExact(risk.id().orElseThrow().value())))
                .and(StoredVersions.unchanged(RISKS.UPDATED_AT, RISKS.CREATED_AT, expectedVersion))
                .execute() == 1;
    }

    @Override
    public void appendScores(List<RiskScoreEntry> entries) {
        dsl.batchInsert(entries.stream().map(RiskRows::newRow).toList()).execute();
    }
}
