package io.aegis.application.audit;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListAuditLogsService(UseCaseRunner run, AuditLogReadModel readModel) implements ListAuditLogsUseCase {

    @Override
    public Page<AuditLogView> list(Actor actor, ListAuditLogsQuery query) {
        return run.read(actor, Permission.AUDIT_READ, "audit_log.list", () -> readModel.list(query));
    }
}
