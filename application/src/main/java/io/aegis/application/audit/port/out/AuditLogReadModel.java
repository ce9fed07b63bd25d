package io.aegis.application.audit.port.out;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.port.Page;

/** Lists audit rows straight from storage: filters, order and paging in one query. */
public interface AuditLogReadModel {

    Page<AuditLogView> list(ListAuditLogsQuery query);
}
