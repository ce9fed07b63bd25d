package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.ChangeOwnPasswordCommand;
import io.aegis.application.identity.port.in.ChangeOwnPasswordUseCase;
import io.aegis.application.identity.port.in.GetCurrentUserUseCase;
import io.aegis.domain.identity.PlainPassword;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** {@code /me}: the signed-in user's own account. */
public record MeController(GetCurrentUserUseCase current, ChangeOwnPasswordUseCase changePassword)
        implements Controller {

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/me", this::me).duringPasswordChange(),
                ApiRoute.post("/me/password", this::changePassword).duringPasswordChange());
    }

    private void me(Context ctx) {
        UserController.respond(ctx, current.current(RequestActors.of(ctx)));
    }

    private void changePassword(Context ctx) {
        ChangePasswordRequest body = JsonBodies.read(ctx, ChangePasswordRequest.class);
        FieldErrors errors = new FieldErrors();
        PlainPassword currentPassword = errors.attempt(() -> IdentityFields.asField("current_password",
                () -> new PlainPassword(body.currentPassword())));
        PlainPassword newPassword = errors.attempt(() -> IdentityFields.asField("new_password",
                () -> new PlainPassword(body.newPassword())));
        errors.throwIfAny();

        // the only value the use case refuses is the new password (the policy): name it as this body does
        IdentityFields.asField("new_password", () -> {
            changePassword.change(RequestActors.of(ctx), new ChangeOwnPasswordCommand(currentPassword, newPassword));
            return null;
        });
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
