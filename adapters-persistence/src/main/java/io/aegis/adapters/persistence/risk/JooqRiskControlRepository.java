package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_CONTROLS;

import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.ControlReduction;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.TreatmentState;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** {@code risk_controls}: one row per control treating a risk (V24). */
public final class JooqRiskControlRepository implements RiskControlRepository {

    private final DSLContext dsl;

    public JooqRiskControlRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<TreatableControl> control(ControlId id) {
        return dsl.select(CONTROLS.CONTROL_ID, CONTROLS.IS_ACTIVE, CONTROLS.IS_GROUP)
                .from(CONTROLS)
                .where(CONTROLS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(row -> new TreatableControl(id, row.value1(), Boolean.TRUE.equals(row.value2()),
                        row.value3()));
    }

    @Override
    public Optional<ControlTreatment> find(RiskId risk, ControlId control) {
        return dsl.selectFrom(RISK_CONTROLS).where(pair(risk, control)).fetchOptional(row -> new ControlTreatment(
                TreatmentState.parse("treatment_state", row.getTreatmentState()),
                ControlReduction.parse("reduces", row.getReduces()), Optional.ofNullable(row.getNotes())));
    }

    @Override
    public void insert(RiskId risk, ControlId control, ControlTreatment treatment, Optional<UserId> by,
                       Instant now) {
        dsl.insertInto(RISK_CONTROLS)
                .set(RISK_CONTROLS.RISK_ID, Math.toIntExact(risk.value()))
                .set(RISK_CONTROLS.CONTROL_ID, Math.toIntExact(control.value()))
                .set(RISK_CONTROLS.TREATMENT_STATE, treatment.state().key())
                .set(RISK_CONTROLS.REDUCES, treatment.reduces().key())
                .set(RISK_CONTROLS.NOTES, treatment.notes().orElse(null))
                .set(RISK_CONTROLS.CREATED_BY, by.map(user -> Math.toIntExact(user.value())).orElse(null))
                .set(RISK_CONTROLS.CREATED_AT, now)
                .execute();
    }

    @Override
    public void update(RiskId risk, ControlId control, ControlTreatment treatment, Instant now) {
        dsl.update(RISK_CONTROLS)
                .set(RISK_CONTROLS.TREATMENT_STATE, treatment.state().key())
                .set(RISK_CONTROLS.REDUCES, treatment.reduces().key())
                .set(RISK_CONTROLS.NOTES, treatment.notes().orElse(null))
                .set(RISK_CONTROLS.UPDATED_AT, now)
                .where(pair(risk, control))
                .execute();
    }

    @Override
    public boolean delete(RiskId risk, ControlId control) {
        return dsl.deleteFrom(RISK_CONTROLS).where(pair(risk, control)).execute() == 1;
    }

    private static Condition pair(RiskId risk, ControlId control) {
        return RISK_CONTROLS.RISK_ID.eq(Math.toIntExact(risk.value()))
                .and(RISK_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value())));
    }
}
