package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISK_ACCEPTANCES;

import io.aegis.adapters.persistence.jooq.tables.records.RiskAcceptancesRecord;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskAcceptanceStatus;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** {@code risk_acceptances}: a row is written when asked for and once more when decided, never again. */
public final class JooqRiskAcceptanceRepository implements RiskAcceptanceRepository {

    private final DSLContext dsl;

    public JooqRiskAcceptanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RiskAcceptance insert(RiskAcceptance acceptance) {
        RiskAcceptancesRecord row = RISK_ACCEPTANCES.newRecord()
                .setRiskId(Math.toIntExact(acceptance.riskId().value()))
                .setStatus(acceptance.status().key())
                .setRationale(acceptance.rationale().value())
                .setExpiresAt(acceptance.expiresAt())
                .setRequestedBy(Math.toIntExact(acceptance.requestedBy().value()))
                .setRequestedAt(acceptance.requestedAt());
        Integer id = dsl.insertInto(RISK_ACCEPTANCES).set(row).returningResult(RISK_ACCEPTANCES.ID)
                .fetchOne(RISK_ACCEPTANCES.ID);
        return acceptance.storedAs(new RiskAcceptanceId(id));
    }

    @Override
    public boolean decide(RiskAcceptance decided) {
        return dsl.update(RISK_ACCEPTANCES)
                .set(RISK_ACCEPTANCES.STATUS, decided.status().key())
                .set(RISK_ACCEPTANCES.DECIDED_BY, decided.decidedBy().map(id -> Math.toIntExact(id.value()))
                        .orElseThrow())
                .set(RISK_ACCEPTANCES.DECIDED_AT, decided.decidedAt().orElseThrow())
                .set(RISK_ACCEPTANCES.DECISION_NOTE, decided.decisionNote().map(RiskNote::value).orElse(null))
                .where(RISK_ACCEPTANCES.ID.eq(Math.toIntExact(decided.id().orElseThrow().value())),
                        RISK_ACCEPTANCES.STATUS.eq(RiskAcceptanceStatus.PENDING.key()))
                .execute() == 1;
    }

    @Override
    public Optional<RiskAcceptance> findById(RiskAcceptanceId id) {
        return dsl.selectFrom(RISK_ACCEPTANCES).where(RISK_ACCEPTANCES.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional().map(JooqRiskAcceptanceRepository::toDomain);
    }

    /**
     * On MySQL/MariaDB a locking read: it sees the latest committed rows and locks the risk's range of the index, so
     * two requests for one risk sent at once take turns (one deadlocks and runs again) instead of both inserting.
     * SQLite's IMMEDIATE transactions already run writers one at a time.
     */
    @Override
    public boolean pendingExists(RiskId risk) {
        var pending = dsl.select(RISK_ACCEPTANCES.ID).from(RISK_ACCEPTANCES)
                .where(ofRisk(risk).and(RISK_ACCEPTANCES.STATUS.eq(RiskAcceptanceStatus.PENDING.key())));
        return (dsl.family() == SQLDialect.SQLITE ? pending : pending.forUpdate()).fetchOptional().isPresent();
    }

    @Override
    public Optional<RiskAcceptance> lastApproved(RiskId risk) {
        return dsl.selectFrom(RISK_ACCEPTANCES)
                .where(ofRisk(risk).and(RISK_ACCEPTANCES.STATUS.eq(RiskAcceptanceStatus.APPROVED.key())))
                .orderBy(RISK_ACCEPTANCES.DECIDED_AT.desc(), RISK_ACCEPTANCES.ID.desc())
                .limit(1)
                .fetchOptional().map(JooqRiskAcceptanceRepository::toDomain);
    }

    @Override
    public Page<RiskAcceptance> of(RiskId risk, PageRequest page) {
        return Page.of(dsl.selectFrom(RISK_ACCEPTANCES).where(ofRisk(risk))
                .orderBy(RISK_ACCEPTANCES.REQUESTED_AT.desc(), RISK_ACCEPTANCES.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqRiskAcceptanceRepository::toDomain), dsl.fetchCount(RISK_ACCEPTANCES, ofRisk(risk)), page);
    }

    private static Condition ofRisk(RiskId risk) {
        return RISK_ACCEPTANCES.RISK_ID.eq(Math.toIntExact(risk.value()));
    }

    private static RiskAcceptance toDomain(RiskAcceptancesRecord row) {
        return RiskAcceptance.restore(new RiskAcceptanceId(row.getId()), new RiskId(row.getRiskId()),
                RiskAcceptanceStatus.fromKey(row.getStatus()), new RiskNote(row.getRationale()), row.getExpiresAt(),
                new UserId(row.getRequestedBy()), row.getRequestedAt(),
                Optional.ofNullable(row.getDecidedBy()).map(UserId::new), Optional.ofNullable(row.getDecidedAt()),
                Optional.ofNullable(row.getDecisionNote()).map(RiskNote::new));
    }
}
