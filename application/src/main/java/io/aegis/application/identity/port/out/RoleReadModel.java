package io.aegis.application.identity.port.out;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query. */
public interface RoleReadModel {

    Page<RoleView> list(ListRolesQuery query);
}
