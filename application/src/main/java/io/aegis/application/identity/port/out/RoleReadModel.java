package io.aegis.application.identity.port.out;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query. */
@OrganisationWide("a role is a set of permissions; where it applies is its assignments' business")
public interface RoleReadModel {

    Page<RoleView> list(ListRolesQuery query);
}
