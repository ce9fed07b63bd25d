package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetRoleAssignmentsUseCase;
import io.aegis.application.identity.port.in.RoleAssignmentsView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

public record GetRoleAssignmentsService(UseCaseRunner run, UserRepository users, RoleRepository roles)
        implements GetRoleAssignmentsUseCase {

    @Override
    public RoleAssignmentsView assignments(Actor actor, UserId user) {
        return run.consistentRead(actor, Permission.USER_READ, "user.read",
                () -> RoleAssignments.stored(roles, UserServiceSupport.load(users, user)));
    }
}
