package io.aegis.adapters.web.auth;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.LogInCommand;
import io.aegis.application.identity.port.in.LogInUseCase;
import io.aegis.application.identity.port.in.LogOutUseCase;
import io.aegis.application.identity.port.in.LoginView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/** {@code /auth}: exchanging a password for a login token, and giving it back. */
public record AuthController(LogInUseCase logIn, LogOutUseCase logOut) implements Controller {

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/auth/login", this::logIn).open(),
                ApiRoute.post("/auth/logout", this::logOut).duringPasswordChange());
    }

    private void logIn(Context ctx) {
        LoginRequest body = JsonBodies.read(ctx, LoginRequest.class);
        List<FieldError> missing = new ArrayList<>();
        if (body.username() == null || body.username().isBlank()) {
            missing.add(new FieldError("username", "is required"));
        }
        if (body.password() == null || body.password().isEmpty()) {
            missing.add(new FieldError("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new BadRequestException("the request has invalid fields", missing);
        }
        LoginView login = logIn.logIn(new LogInCommand(body.username(), body.password(), RequestActors.origin(ctx)));
        ctx.json(new LoginResponse(login.token(), login.expiresAt(), login.passwordChangeRequired()));
    }

    private void logOut(Context ctx) {
        logOut.logOut(RequestActors.of(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
