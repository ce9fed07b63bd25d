package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_REVIEWS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.RiskReviewView;
import io.aegis.application.risk.port.out.RiskReviewReadModel;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqRiskReviewReadModel implements RiskReviewReadModel {

    private final DSLContext dsl;

    public JooqRiskReviewReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<RiskReviewView> reviews(RiskId id, Scope scope, PageRequest page) {
        Condition ofRisk = RISK_REVIEWS.RISK_ID.eq(Math.toIntExact(id.value()))
                .and(DSL.exists(DSL.selectOne().from(RISKS).where(RISKS.ID.eq(RISK_REVIEWS.RISK_ID))
                        .and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, scope))));
        List<RiskReviewView> items = dsl.selectFrom(RISK_REVIEWS)
                .where(ofRisk)
                .orderBy(RISK_REVIEWS.REVIEWED_AT.desc(), RISK_REVIEWS.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(row -> new RiskReviewView(row.getId(), row.getRiskId(), row.getKind(), row.getReviewedBy(),
                        row.getReviewedAt(), row.getNote(), row.getFromStatus(), row.getToStatus(),
                        row.getNextReviewDate()));
        return Page.of(items, dsl.fetchCount(RISK_REVIEWS, ofRisk), page);
    }
}
