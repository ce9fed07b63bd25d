package io.aegis.adapters.persistence.task;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;
import org.jooq.DSLContext;

public final class JooqTaskReferences implements TaskReferences {

    private final DSLContext dsl;

    public JooqTaskReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean activeRisk(RiskId risk, Scope visible) {
        return dsl.fetchExists(RISKS, RISKS.ID.eq(Math.toIntExact(risk.value())).and(RISKS.IS_ACTIVE.isTrue())
                .and(ScopeConditions.rowsIn(RISKS.ORG_UNIT_ID, visible)));
    }

    @Override
    public boolean activeAsset(AssetId asset, Scope visible) {
        return dsl.fetchExists(ASSETS, ASSETS.ID.eq(Math.toIntExact(asset.value())).and(ASSETS.IS_ACTIVE.isTrue())
                .and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible)));
    }

    @Override
    public boolean assessment(AssessmentId assessment) {
        return dsl.fetchExists(ASSESSMENTS, ASSESSMENTS.ID.eq(Math.toIntExact(assessment.value())));
    }

    @Override
    public boolean control(ControlId control) {
        return dsl.fetchExists(CONTROLS, CONTROLS.ID.eq(Math.toIntExact(control.value())));
    }

    @Override
    public boolean activeUser(UserId user) {
        return dsl.fetchExists(USERS, USERS.ID.eq(Math.toIntExact(user.value())).and(USERS.IS_ACTIVE.isTrue()));
    }
}
