package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.identity.port.in.GetRoleAssignmentsUseCase;
import io.aegis.application.identity.port.in.RoleAssignmentsView;
import io.aegis.application.identity.port.in.SetRoleAssignmentsCommand;
import io.aegis.application.identity.port.in.SetRoleAssignmentsUseCase;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /users/{id}/role-assignments}: where a user holds each role. The body and the answer are the whole set, a
 * JSON array; the ETag is the user's version, as on {@code /users/{id}}.
 */
public record RoleAssignmentController(GetRoleAssignmentsUseCase get, SetRoleAssignmentsUseCase set)
        implements Controller {

    /** More assignments than any user needs, few enough to check in one request. */
    static final int MAX_ASSIGNMENTS = 200;

    private static final String PATH = UserController.PATH + "/{id}/role-assignments";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, this::get), ApiRoute.put(PATH, this::set));
    }

    private void get(Context ctx) {
        respond(ctx, get.assignments(RequestActors.of(ctx), new UserId(PathIds.id(ctx, "id"))));
    }

    private void set(Context ctx) {
        UserId user = new UserId(PathIds.id(ctx, "id"));
        List<RoleAssignmentRequest> items = JsonBodies.readList(ctx, RoleAssignmentRequest.class, MAX_ASSIGNMENTS);
        FieldErrors errors = new FieldErrors();
        List<RoleAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RoleAssignmentRequest item = items.get(i);
            String at = "[" + i + "].";
            RoleId role = errors.attempt(() -> new RoleId(required(at + "role_id", item.roleId())));
            OrgUnitId unit = errors.attempt(() -> new OrgUnitId(required(at + "org_unit_id", item.orgUnitId())));
            if (role != null && unit != null) {
                assignments.add(new RoleAssignment(role, unit, Boolean.TRUE.equals(item.recursive())));
            }
        }
        errors.throwIfAny();
        respond(ctx, set.setAssignments(RequestActors.of(ctx),
                new SetRoleAssignmentsCommand(user, Versions.expected(ctx), assignments)));
    }

    private static long required(String field, Long id) {
        if (id == null || id < 1 || id > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "is required: a positive whole number");
        }
        return id;
    }

    private static void respond(Context ctx, RoleAssignmentsView view) {
        Versions.respond(ctx, view.version(), view.assignments().stream().map(RoleAssignmentResponse::of).toList());
    }
}
