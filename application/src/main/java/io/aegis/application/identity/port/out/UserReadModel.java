package io.aegis.application.identity.port.out;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query, the page's roles in one more. */
@OrganisationWide("users belong to no unit: their role assignments say where they act")
public interface UserReadModel {

    Page<UserView> list(ListUsersQuery query);
}
