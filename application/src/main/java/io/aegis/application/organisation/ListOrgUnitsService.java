package io.aegis.application.organisation;

import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.ListOrgUnitsUseCase;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListOrgUnitsService(UseCaseRunner run, OrgUnitReadModel readModel) implements ListOrgUnitsUseCase {

    @Override
    public Page<OrgUnitView> list(Actor actor, ListOrgUnitsQuery query) {
        // the page, its count and the units' paths from one state of the tree
        return run.consistentRead(actor, Permission.USER_READ, "org_unit.list", () -> readModel.list(query));
    }
}
