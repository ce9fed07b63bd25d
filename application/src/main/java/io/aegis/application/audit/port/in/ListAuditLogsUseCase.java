package io.aegis.application.audit.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAuditLogsUseCase {

    /**
     * The rows of the units where the actor holds {@code audit:read}; every row, those of no unit included, only
     * for an actor holding it everywhere.
     *
     * @throws io.aegis.application.port.ForbiddenException without {@code audit:read} in any unit
     */
    Page<AuditLogView> list(Actor actor, ListAuditLogsQuery query);
}
