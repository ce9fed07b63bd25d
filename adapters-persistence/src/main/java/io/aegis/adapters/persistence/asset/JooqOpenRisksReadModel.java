package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.asset.port.in.OpenRisksView;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** One count and one short, scoped page of the risks table; the asset context names no risk type. */
public final class JooqOpenRisksReadModel implements OpenRisksReadModel {

    /** The lifecycle's last status as stored: domain.risk's RiskStatus.CLOSED, which the asset side may not use. */
    private static final String CLOSED = "closed";

    private final DSLContext dsl;

    public JooqOpenRisksReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public OpenRisksView onAsset(AssetId asset, Scope readable, int named) {
        Condition open = RISKS.ASSET_ID.eq(Math.toIntExact(asset.value())).and(RISKS.IS_ACTIVE.isTrue())
                .and(RISKS.STATUS.ne(CLOSED));
        int total = dsl.fetchCount(RISKS, open);
        if (total == 0) {
            return new OpenRisksView(0, List.of());
        }
        return new OpenRisksView(total, dsl.select(RISKS.ID, RISKS.TITLE).from(RISKS)
                .where(open).and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, readable))
                .orderBy(RISKS.ID).limit(named)
                .fetch(row -> new OpenRisksView.NamedRisk(row.value1(), row.value2())));
    }
}
