package io.aegis.application.identity;

import io.aegis.application.identity.port.in.CreateRoleCommand;
import io.aegis.application.identity.port.in.CreateRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import java.util.Optional;

public record CreateRoleService(UseCaseRunner run, RoleRepository roles) implements CreateRoleUseCase {

    @Override
    public RoleView create(Actor actor, CreateRoleCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "role.create", change -> {
            RoleServiceSupport.requireFree(roles, command.name(), Optional.empty());
            Role created = roles.insert(Role.define(command.name(), command.description(), command.permissions(),
                    change.now()));
            RoleView view = RoleView.of(created);
            change.audit(RoleServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
