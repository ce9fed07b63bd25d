package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqRiskMatrixRepository implements RiskMatrixRepository {

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
}
