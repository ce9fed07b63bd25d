package io.aegis.application.organisation;

import io.aegis.application.organisation.port.in.GetOrgUnitUseCase;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;

public record GetOrgUnitService(UseCaseRunner run, OrgUnitRepository units) implements GetOrgUnitUseCase {

    @Override
    public OrgUnitView get(Actor actor, OrgUnitId id) {
        // the unit and the path above it from one state of the tree
        return run.consistentRead(actor, Permission.USER_READ, "org_unit.read", () -> {
            OrgUnitTree tree = OrgUnitTree.of(units.parentLinks());
            return OrgUnitView.of(OrgUnitServiceSupport.load(units, id), tree);
        });
    }
}
