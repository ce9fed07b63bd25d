package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.risk.RiskStatus;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The assets with the worst own risks, in one aggregate over the risks. */
public final class JooqOwnExposureRanking implements OwnExposureRanking {

    private static final Field<Integer> WORST_LEVEL = DSL.max(JooqRiskReadModel.SEVERITY);
    /** The score a risk's level comes from: the residual one once rated, else the inherent one. */
    private static final Field<Double> WORST_SCORE = DSL.max(DSL.coalesce(RISKS.RESIDUAL_RISK_SCORE,
            RISKS.INHERENT_RISK_SCORE));

    private final DSLContext dsl;

    public JooqOwnExposureRanking(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AssetId> worstFirst(int limit) {
        return dsl.select(RISKS.ASSET_ID)
                .from(RISKS)
                .where(RISKS.ASSET_ID.isNotNull())
                .and(RISKS.IS_ACTIVE.isTrue())
                .and(RISKS.STATUS.ne(RiskStatus.CLOSED.key()))
                .and(RISKS.RISK_LEVEL.isNotNull())
                .groupBy(RISKS.ASSET_ID)
                .orderBy(WORST_LEVEL.desc(), WORST_SCORE.desc(), DSL.count().desc(), RISKS.ASSET_ID)
                .limit(limit)
                .fetch(row -> new AssetId(row.value1()));
    }
}
