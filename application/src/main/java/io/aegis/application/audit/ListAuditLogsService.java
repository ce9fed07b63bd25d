package io.aegis.application.audit;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

/** The audit log as far as the reader holds {@code audit:read}: all of it everywhere, else its units' rows. */
public record ListAuditLogsService(UseCaseRunner run, AuditLogReadModel readModel) implements ListAuditLogsUseCase {

    @Override
    public Page<AuditLogView> list(Actor actor, ListAuditLogsQuery query) {
        return run.readIn(actor, Permission.AUDIT_READ, "audit_log.list", scope -> readModel.list(query, scope));
    }
}
