package io.aegis.application.identity;

import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.User;
import java.util.Optional;

public record CreateUserService(UseCaseRunner run, UserRepository users, RoleRepository roles, PasswordHasher hasher)
        implements CreateUserUseCase {

    private static final String ACTION = "user.create";

    @Override
    public UserView create(Actor actor, CreateUserCommand command) {
        run.require(actor, Permission.USER_ADMIN, ACTION);
        PasswordPolicy.standard().requireAcceptable(command.password(), command.username(), command.email());
        // hashing is slow on purpose: done before the transaction, so no write lock waits for it
        PasswordHash hash = hasher.hash(command.password());
        return run.inChange(actor, ACTION, change -> {
            UserServiceSupport.requireFree(users, command.username(), command.email(), Optional.empty());
            UserServiceSupport.requireAssignable(roles, command.roles());
            User defined = User.define(command.username(), command.email(), hash, command.profile(),
                    command.preferences(), change.now());
            User created = users.insert(command.mustChangePassword() ? defined.withPasswordToChange() : defined);
            roles.assignRoles(created.id().orElseThrow(), command.roles());
            UserView view = UserServiceSupport.view(roles, created);
            change.audit(UserServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
