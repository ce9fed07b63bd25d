package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The assets with the worst own risks, one level at a time from critical down, each level one aggregate over the
 * open risks of that level: the (status, risk_level) index finds them, so the usual answer (enough assets carry a
 * critical risk) reads a fraction of the register instead of every risk (BENCHMARKS.md).
 */
public final class JooqOwnExposureRanking implements OwnExposureRanking {

    private static final List<String> OPEN = Arrays.stream(RiskStatus.values())
            .filter(status -> status != RiskStatus.CLOSED).map(RiskStatus::key).toList();
    /** The score a risk's level comes from: the residual one once rated, else the inherent one. */
    private static final Field<Double> WORST_SCORE = DSL.max(DSL.coalesce(RISKS.RESIDUAL_RISK_SCORE,
            RISKS.INHERENT_RISK_SCORE));

    private final DSLContext dsl;

    public JooqOwnExposureRanking(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AssetId> worstFirst(int limit) {
        List<Integer> ranked = new ArrayList<>();
        for (int severity = RiskLevel.values().length - 1; severity >= 0; severity--) {
            RiskLevel level = RiskLevel.values()[severity];
            if (ranked.size() >= limit) {
                break;
            }
            ranked.addAll(dsl.select(RISKS.ASSET_ID)
                    .from(RISKS)
                    .where(RISKS.STATUS.in(OPEN))
                    .and(RISKS.RISK_LEVEL.eq(level.key()))
                    .and(RISKS.IS_ACTIVE.isTrue())
                    .and(RISKS.ASSET_ID.isNotNull())
                    // an asset ranked at a worse level is not ranked again (at most the limit's ids)
                    .and(ranked.isEmpty() ? DSL.noCondition() : RISKS.ASSET_ID.notIn(ranked))
                    .groupBy(RISKS.ASSET_ID)
                    .orderBy(WORST_SCORE.desc(), DSL.count().desc(), RISKS.ASSET_ID)
                    .limit(limit - ranked.size())
                    .fetch(RISKS.ASSET_ID));
        }
        return ranked.stream().map(AssetId::new).toList();
    }
}
