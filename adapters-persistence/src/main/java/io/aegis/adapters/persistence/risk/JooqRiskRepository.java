package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_ACCEPTANCES;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.RisksRecord;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskAcceptanceStatus;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.RiskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqRiskRepository implements RiskRepository {

    private static final VersionedTable<RisksRecord> TABLE =
            new VersionedTable<>(RISKS, RISKS.ID, RISKS.CREATED_AT, RISKS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqRiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Risk> findById(RiskId id) {
        return dsl.selectFrom(RISKS)
                .where(RISKS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(row -> RiskRows.toDomain(row, RiskRows.matricesOf(dsl, List.of(row))::get, acceptedUntil(row)));
    }

    /** While accepted, a risk rests on the acceptance approved last; its expiry bounds the next review. */
    private Optional<Instant> acceptedUntil(RisksRecord row) {
        if (!RiskStatus.ACCEPTED.key().equals(row.getStatus())) {
            return Optional.empty();
        }
        return dsl.select(RISK_ACCEPTANCES.EXPIRES_AT).from(RISK_ACCEPTANCES)
                .where(RISK_ACCEPTANCES.RISK_ID.eq(row.getId()),
                        RISK_ACCEPTANCES.STATUS.eq(RiskAcceptanceStatus.APPROVED.key()))
                .orderBy(RISK_ACCEPTANCES.DECIDED_AT.desc(), RISK_ACCEPTANCES.ID.desc())
                .limit(1)
                .fetchOptional(RISK_ACCEPTANCES.EXPIRES_AT);
    }

    @Override
    public Risk insert(Risk risk) {
        return risk.identifiedAs(new RiskId(TABLE.insert(dsl, RiskRows.newRow(risk))));
    }

    @Override
    public boolean update(Risk risk, Instant expectedVersion) {
        return TABLE.update(dsl, RiskRows.newRow(risk), risk.id().orElseThrow().value(), expectedVersion);
    }

    @Override
    public void appendScores(List<RiskScoreEntry> entries) {
        dsl.batchInsert(entries.stream().map(RiskRows::newRow).toList()).execute();
    }

    @Override
    public void appendReview(RiskReview review) {
        dsl.executeInsert(RiskRows.newRow(review));
    }
}
