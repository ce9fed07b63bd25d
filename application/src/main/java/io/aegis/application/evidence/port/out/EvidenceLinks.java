package io.aegis.application.evidence.port.out;

import io.aegis.application.evidence.port.in.LinkControlCommand;
import io.aegis.application.evidence.port.in.LinkTaskCommand;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The links of evidence to controls and to tasks, and the checks that what they name exists. A second link of the
 * same pair is a {@link io.aegis.application.port.ConflictException} (the unique indexes of V26).
 */
public interface EvidenceLinks {

    boolean activeControl(ControlId control);

    /** Whether {@code task} names a task (the tasks table is the task context's; this reads only its ids). */
    boolean taskExists(long task);

    void linkControl(LinkControlCommand link, Optional<UserId> by, Instant at);

    /** @return false when there was no such link */
    boolean unlinkControl(EvidenceId evidence, ControlId control);

    void linkTask(LinkTaskCommand link, Optional<UserId> by, Instant at);
}
