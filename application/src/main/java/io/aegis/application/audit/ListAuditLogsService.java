package io.aegis.application.audit;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListAuditLogsService implements ListAuditLogsUseCase {

    private final AccessGuard guard;
    private final AuditLogReadModel readModel;

    public ListAuditLogsService(AccessGuard guard, AuditLogReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<AuditLogView> list(Actor actor, ListAuditLogsQuery query) {
        guard.require(actor, Permission.AUDIT_READ, "audit_log.list");
        return readModel.list(query);
    }
}
