package io.aegis.application.audit.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAuditLogsUseCase {

    /** @throws io.aegis.application.port.ForbiddenException without {@code audit:read} */
    Page<AuditLogView> list(Actor actor, ListAuditLogsQuery query);
}
