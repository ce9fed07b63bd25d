package io.aegis.application.identity;

import io.aegis.application.identity.port.in.UpdateUserCommand;
import io.aegis.application.identity.port.in.UpdateUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
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
import java.util.Optional;

public record UpdateUserService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                                ApiKeyRepository apiKeys, RoleRepository roles, PermissionHolders holders)
        implements UpdateUserUseCase {

    @Override
    public UserView update(Actor actor, UpdateUserCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "user.update", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.besides(holders, command.id());
            User current = UserServiceSupport.load(users, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(),
                    UserServiceSupport.RESOURCE, command.id());
            User changed = current.revise(
                    command.username().orElse(current.username()),
                    command.email().orElse(current.email()),
                    command.profile().applyTo(current.profile()),
                    command.preferences().orElse(current.preferences()),
                    command.active().orElse(current.active()),
                    command.verified().orElse(current.verified()),
                    change.now());
            if (!changed.username().equals(current.username()) || !changed.email().equals(current.email())) {
                UserServiceSupport.requireFree(users, changed.username(), changed.email(), Optional.of(command.id()));
            }
            List<Role> assigned = roles.rolesOf(command.id());
            List<Role> everywhere = AdministratorGuard.heldEverywhere(roles, command.id());
            others.allow(AdministratorGuard.administers(current, everywhere),
                    AdministratorGuard.administers(changed, everywhere));
            StaleVersionException.requireWritten(users.update(changed, current.version()),
                    command.expectedVersion(), UserServiceSupport.RESOURCE, command.id());
            if (!changed.active()) {
                // a disabled account loses its sessions and keys now, and re-enabling it brings none of them back
                UserCredentials.revokeAllOf(tokens, apiKeys, command.id(), change.now());
            }
            UserView after = UserView.of(changed, assigned);
            change.audit(UserServiceSupport.RESOURCE, after.id(), UserView.of(current, assigned), after);
            return after;
        });
    }
}
