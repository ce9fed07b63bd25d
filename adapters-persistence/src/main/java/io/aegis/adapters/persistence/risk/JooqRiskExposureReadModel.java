package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqRiskExposureReadModel implements RiskExposureReadModel {

    /** The score a risk's level comes from: the residual one once rated, else the inherent one. */
    private static final Field<Double> CURRENT_SCORE = DSL.coalesce(RISKS.RESIDUAL_RISK_SCORE,
            RISKS.INHERENT_RISK_SCORE);

    private final DSLContext dsl;

    public JooqRiskExposureReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<OpenRisk> openRisksOn(Set<AssetId> assets, Scope visible) {
        // hidden risks count in the roll-up too: the scope marks them rather than filtering them out
        Field<Boolean> inScope = visible.unlimited() ? DSL.inline(true)
                : DSL.when(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, visible), DSL.inline(true))
                        .otherwise(DSL.inline(false));
        return IdBatches.fetch(assets.stream().map(asset -> Math.toIntExact(asset.value())).toList(),
                batch -> openRisksOn(batch, inScope));
    }

    private List<OpenRisk> openRisksOn(List<Integer> assets, Field<Boolean> inScope) {
        return dsl.select(RISKS.ID, RISKS.TITLE, RISKS.STATUS, RISKS.ASSET_ID, RISKS.RISK_LEVEL, CURRENT_SCORE,
                        inScope)
                .from(RISKS)
                .where(RISKS.ASSET_ID.in(assets))
                .and(RISKS.IS_ACTIVE.isTrue())
                .and(RISKS.STATUS.ne(RiskStatus.CLOSED.key()))
                .and(RISKS.RISK_LEVEL.isNotNull())
                .fetch(row -> new OpenRisk(
                        new ExposedRisk(new RiskId(row.value1()), new AssetId(row.value4()),
                                RiskLevel.parse("risk_level", row.value5()), row.value6()),
                        row.value2(),
                        RiskStatus.parse("status", row.value3()),
                        row.value7()));
    }
}
