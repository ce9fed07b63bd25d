package io.aegis.application.identity.port.out;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query, the page's roles in one more. */
public interface UserReadModel {

    Page<UserView> list(ListUsersQuery query);
}
