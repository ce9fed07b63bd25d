package io.aegis.application.identity;

import io.aegis.application.identity.port.in.DeactivateUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.util.List;

public record DeactivateUserService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                                    ApiKeyRepository apiKeys, RoleRepository roles, PermissionHolders holders)
        implements DeactivateUserUseCase {

    @Override
    public void deactivate(Actor actor, UserId id) {
        run.change(actor, Permission.USER_ADMIN, "user.deactivate", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.besides(holders, id);
            User current = UserServiceSupport.load(users, id);
            if (current.active()) {
                User deactivated = current.deactivate(change.now());
                List<Role> assigned = roles.rolesOf(id);
                List<Role> everywhere = AdministratorGuard.heldEverywhere(roles, id);
                others.allow(AdministratorGuard.administers(current, everywhere),
                        AdministratorGuard.administers(deactivated, everywhere));
                StaleVersionException.requireWritten(users.update(deactivated, current.version()),
                        ExpectedVersion.ANY, UserServiceSupport.RESOURCE, id);
                // a disabled account loses its sessions and keys now, and re-enabling it brings none of them back
                UserCredentials.revokeAllOf(tokens, apiKeys, id, change.now());
                change.audit(UserServiceSupport.RESOURCE, id.value(), UserView.of(current, assigned),
                        UserView.of(deactivated, assigned));
            }
            return null;
        });
    }
}
