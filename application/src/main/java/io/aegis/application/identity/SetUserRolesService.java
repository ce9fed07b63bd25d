package io.aegis.application.identity;

import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.SetUserRolesUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import java.util.List;

public record SetUserRolesService(UseCaseRunner run, UserRepository users, RoleRepository roles,
                                  PermissionHolders holders) implements SetUserRolesUseCase {

    @Override
    public UserView setRoles(Actor actor, SetUserRolesCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "user.set_roles", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.besides(holders, command.user());
            User current = UserServiceSupport.load(users, command.user());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(),
                    UserServiceSupport.RESOURCE, command.user());
            List<Role> assigned = UserServiceSupport.requireAssignable(roles, command.roles());
            List<Role> held = roles.rolesOf(command.user());
            // the new roles are held at the root for the whole tree: everywhere
            List<Role> everywhere = AdministratorGuard.heldEverywhere(roles, command.user());
            others.allow(AdministratorGuard.administers(current, everywhere),
                    AdministratorGuard.administers(current, assigned));
            UserView before = UserView.of(current, held);
            // the user's view lists their roles: a new set is a new version of the user
            User changed = current.recordRoleChange(change.now());
            StaleVersionException.requireWritten(users.update(changed, current.version()),
                    command.expectedVersion(), UserServiceSupport.RESOURCE, command.user());
            roles.assignRoles(command.user(), command.roles());
            UserView after = UserServiceSupport.view(roles, changed);
            change.audit(UserServiceSupport.RESOURCE, after.id(), before, after);
            return after;
        });
    }
}
