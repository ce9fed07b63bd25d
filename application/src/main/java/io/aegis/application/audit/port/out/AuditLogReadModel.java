package io.aegis.application.audit.port.out;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.organisation.Scope;

/** Lists audit rows straight from storage: scope, filters, order and paging in one query. */
public interface AuditLogReadModel {

    /**
     * The rows {@code scope} shows that match {@code query}, counted and paged among themselves. An unlimited scope
     * shows every row; a scope of units shows the rows of those units only, never a row of no unit (about a user, a
     * role, a unit, a category, or a refusal), which is for organisation-wide auditors.
     */
    Page<AuditLogView> list(ListAuditLogsQuery query, Scope scope);
}
