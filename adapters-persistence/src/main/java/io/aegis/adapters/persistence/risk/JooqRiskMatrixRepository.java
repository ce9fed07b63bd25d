package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.RiskMatricesRecord;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqRiskMatrixRepository implements RiskMatrixRepository {

    private static final VersionedTable<RiskMatricesRecord> TABLE =
            new VersionedTable<>(RISK_MATRICES, RISK_MATRICES.ID, RISK_MATRICES.CREATED_AT, RISK_MATRICES.UPDATED_AT);

    private final DSLContext dsl;

    public JooqRiskMatrixRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<RiskMatrix> findById(RiskMatrixId id) {
        return dsl.selectFrom(RISK_MATRICES)
                .where(RISK_MATRICES.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(RiskMatrixRows::toDomain);
    }

    @Override
    public Optional<RiskMatrix> findDefault() {
        // the lowest id wins should a tool outside Aegis have left two defaults
        return dsl.selectFrom(RISK_MATRICES)
                .where(RISK_MATRICES.IS_DEFAULT.isTrue().and(RISK_MATRICES.IS_ACTIVE.isTrue()))
                .orderBy(RISK_MATRICES.ID)
                .limit(1)
                .fetchOptional()
                .map(RiskMatrixRows::toDomain);
    }

    @Override
    public boolean nameTaken(RiskMatrixName name, Optional<RiskMatrixId> except) {
        Condition sameName = RISK_MATRICES.NAME_KEY.eq(name.key());
        Condition other = except.map(id -> RISK_MATRICES.ID.ne(Math.toIntExact(id.value())))
                .orElse(DSL.noCondition());
        return dsl.fetchExists(RISK_MATRICES, sameName.and(other));
    }

    @Override
    public boolean scoresRisks(RiskMatrixId id) {
        // idx_risks_risk_matrix_id answers this without reading a risk
        return dsl.fetchExists(RISKS, RISKS.RISK_MATRIX_ID.eq(Math.toIntExact(id.value())));
    }

    @Override
    public RiskMatrix insert(RiskMatrix matrix) {
        return matrix.identifiedAs(new RiskMatrixId(TABLE.insert(dsl, RiskMatrixRows.newRow(matrix))));
    }

    @Override
    public boolean update(RiskMatrix matrix, Instant expectedVersion) {
        return TABLE.update(dsl, RiskMatrixRows.newRow(matrix), matrix.id().orElseThrow().value(), expectedVersion);
    }
}
