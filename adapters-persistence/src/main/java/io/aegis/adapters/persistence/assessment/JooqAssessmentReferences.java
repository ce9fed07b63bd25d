package io.aegis.adapters.persistence.assessment;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORK_BASELINES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqAssessmentReferences implements AssessmentReferences {

    private final DSLContext dsl;

    public JooqAssessmentReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean activeFramework(FrameworkId framework) {
        return dsl.fetchExists(FRAMEWORKS, FRAMEWORKS.ID.eq(Math.toIntExact(framework.value()))
                .and(FRAMEWORKS.IS_ACTIVE.isTrue()));
    }

    @Override
    public Optional<FrameworkId> frameworkOfBaseline(BaselineId baseline) {
        return dsl.select(FRAMEWORK_BASELINES.FRAMEWORK_ID).from(FRAMEWORK_BASELINES)
                .where(FRAMEWORK_BASELINES.ID.eq(Math.toIntExact(baseline.value())))
                .fetchOptional(row -> new FrameworkId(row.value1()));
    }

    @Override
    public boolean activeAsset(AssetId asset, Scope visible) {
        return dsl.fetchExists(ASSETS, ASSETS.ID.eq(Math.toIntExact(asset.value())).and(ASSETS.IS_ACTIVE.isTrue())
                .and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible)));
    }

    @Override
    public boolean activeUser(UserId user) {
        return dsl.fetchExists(USERS, USERS.ID.eq(Math.toIntExact(user.value())).and(USERS.IS_ACTIVE.isTrue()));
    }
}
