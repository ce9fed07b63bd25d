package io.aegis.application.organisation.port.out;

import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query, each unit's path from the tree's links. */
@OrganisationWide("the units themselves are the tree every scope is drawn on")
public interface OrgUnitReadModel {

    Page<OrgUnitView> list(ListOrgUnitsQuery query);
}
