package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENTS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSESSMENT_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_CONTROLS;

import io.aegis.application.risk.port.in.RiskControlView;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The controls treating a risk, joined to their control, framework and latest evaluation in one query
 * ({@link TreatmentGapSql}), and the register's treatment gaps for a page of risks in one more.
 */
public final class JooqRiskControlReadModel implements RiskControlReadModel {

    private final DSLContext dsl;

    public JooqRiskControlReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RiskControlView> list(RiskId risk, Scope evidence) {
        return views(RISK_CONTROLS.RISK_ID.eq(Math.toIntExact(risk.value())), evidence);
    }

    @Override
    public Optional<RiskControlView> find(RiskId risk, ControlId control, Scope evidence) {
        return views(RISK_CONTROLS.RISK_ID.eq(Math.toIntExact(risk.value()))
                .and(RISK_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value()))), evidence).stream().findFirst();
    }

    @Override
    public Set<Long> withGap(Collection<Long> risks, Scope evidence) {
        Set<Long> gaps = new HashSet<>();
        dsl.select(RISKS.ID).from(RISKS)
                .where(RISKS.ID.in(risks.stream().map(Math::toIntExact).toList()))
                .and(TreatmentGapSql.gapOf(RISKS, evidence))
                .fetch()
                .forEach(row -> gaps.add(row.value1().longValue()));
        return gaps;
    }

    private List<RiskControlView> views(Condition links, Scope evidence) {
        return dsl.select(RISK_CONTROLS.fields())
                .select(CONTROLS.CONTROL_ID, CONTROLS.TITLE, CONTROLS.IS_ACTIVE, FRAMEWORKS.ID, FRAMEWORKS.NAME,
                        ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS, ASSESSMENTS.ID, ASSESSMENTS.NAME,
                        ASSESSMENTS.UPDATED_AT)
                .from(RISK_CONTROLS)
                .join(CONTROLS).on(CONTROLS.ID.eq(RISK_CONTROLS.CONTROL_ID))
                .join(FRAMEWORKS).on(FRAMEWORKS.ID.eq(CONTROLS.FRAMEWORK_ID))
                .leftJoin(ASSESSMENT_CONTROLS).on(ASSESSMENT_CONTROLS.ID.eq(
                        TreatmentGapSql.latestEvaluation(RISK_CONTROLS.CONTROL_ID, evidence)))
                .leftJoin(ASSESSMENTS).on(ASSESSMENTS.ID.eq(ASSESSMENT_CONTROLS.ASSESSMENT_ID))
                .where(links)
                .orderBy(FRAMEWORKS.NAME, CONTROLS.SORT_POSITION, CONTROLS.ID)
                .fetch(JooqRiskControlReadModel::view);
    }

    private static RiskControlView view(Record row) {
        RiskControlView.LatestAssessment latest = row.get(ASSESSMENTS.ID) == null ? null
                : new RiskControlView.LatestAssessment(row.get(ASSESSMENT_CONTROLS.IMPLEMENTATION_STATUS),
                        row.get(ASSESSMENTS.ID), row.get(ASSESSMENTS.NAME), row.get(ASSESSMENTS.UPDATED_AT));
        Integer createdBy = row.get(RISK_CONTROLS.CREATED_BY);
        return new RiskControlView(row.get(RISK_CONTROLS.RISK_ID), row.get(RISK_CONTROLS.CONTROL_ID),
                row.get(CONTROLS.CONTROL_ID), row.get(CONTROLS.TITLE), Boolean.TRUE.equals(row.get(CONTROLS.IS_ACTIVE)),
                row.get(FRAMEWORKS.ID), row.get(FRAMEWORKS.NAME), row.get(RISK_CONTROLS.TREATMENT_STATE),
                row.get(RISK_CONTROLS.REDUCES), row.get(RISK_CONTROLS.NOTES),
                createdBy == null ? null : createdBy.longValue(), row.get(RISK_CONTROLS.CREATED_AT),
                row.get(RISK_CONTROLS.UPDATED_AT), latest, false).judged();
    }
}
