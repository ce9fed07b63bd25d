package io.aegis.adapters.persistence.evidence;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.TASKS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_EVIDENCE;

import io.aegis.application.evidence.port.in.LinkControlCommand;
import io.aegis.application.evidence.port.in.LinkTaskCommand;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** evidence_controls and task_evidence; a task is known here only by its id in the task context's table. */
public final class JooqEvidenceLinks implements EvidenceLinks {

    private final DSLContext dsl;

    public JooqEvidenceLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean activeControl(ControlId control) {
        return dsl.fetchExists(CONTROLS, CONTROLS.ID.eq(Math.toIntExact(control.value()))
                .and(CONTROLS.IS_ACTIVE.isTrue()));
    }

    @Override
    public boolean taskExists(long task) {
        return task <= Integer.MAX_VALUE && dsl.fetchExists(TASKS, TASKS.ID.eq((int) task));
    }

    @Override
    public void linkControl(LinkControlCommand link, Optional<UserId> by, Instant at) {
        dsl.insertInto(EVIDENCE_CONTROLS)
                .set(EVIDENCE_CONTROLS.EVIDENCE_ID, Math.toIntExact(link.evidence().value()))
                .set(EVIDENCE_CONTROLS.CONTROL_ID, Math.toIntExact(link.control().value()))
                .set(EVIDENCE_CONTROLS.SUPPORT_TYPE, link.supportType().map(SupportType::key).orElse(null))
                .set(EVIDENCE_CONTROLS.ADEQUACY_RATING, link.adequacy().map(Adequacy::key).orElse(null))
                .set(EVIDENCE_CONTROLS.NOTES, link.notes().orElse(null))
                .set(EVIDENCE_CONTROLS.CREATED_BY, by.map(user -> Math.toIntExact(user.value())).orElse(null))
                .set(EVIDENCE_CONTROLS.CREATED_AT, at)
                .execute();
    }

    @Override
    public boolean unlinkControl(EvidenceId evidence, ControlId control) {
        return dsl.deleteFrom(EVIDENCE_CONTROLS)
                .where(EVIDENCE_CONTROLS.EVIDENCE_ID.eq(Math.toIntExact(evidence.value())))
                .and(EVIDENCE_CONTROLS.CONTROL_ID.eq(Math.toIntExact(control.value())))
                .execute() > 0;
    }

    @Override
    public void linkTask(LinkTaskCommand link, Optional<UserId> by, Instant at) {
        dsl.insertInto(TASK_EVIDENCE)
                .set(TASK_EVIDENCE.TASK_ID, Math.toIntExact(link.task()))
                .set(TASK_EVIDENCE.EVIDENCE_ID, Math.toIntExact(link.evidence().value()))
                .set(TASK_EVIDENCE.RELATIONSHIP_TYPE, link.relationshipType().orElse(null))
                .set(TASK_EVIDENCE.NOTES, link.notes().orElse(null))
                .set(TASK_EVIDENCE.CREATED_BY, by.map(user -> Math.toIntExact(user.value())).orElse(null))
                .set(TASK_EVIDENCE.CREATED_AT, at)
                .execute();
    }
}
