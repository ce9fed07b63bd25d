package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.AccountPaths;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.ChangeOwnPasswordCommand;
import io.aegis.application.identity.port.in.ChangeOwnPasswordUseCase;
import io.aegis.application.identity.port.in.LogInCommand;
import io.aegis.application.identity.port.in.LogInUseCase;
import io.aegis.application.identity.port.in.LogOutUseCase;
import io.aegis.application.identity.port.in.LoginView;
import io.aegis.application.port.TooManyAttemptsException;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.PlainPassword;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Signing in and out of the web interface, and changing one's password (also the change an administrator's
 * reset forces on the next sign-in). The same use cases as {@code /auth} and {@code /me/password}, so the same
 * throttling, audit and revocation; the session is the login token, in {@link SessionCookie}.
 */
public record AccountPages(LogInUseCase logIn, LogOutUseCase logOut, ChangeOwnPasswordUseCase changePassword,
                           SessionCookie cookie) implements PageController {

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(AccountPaths.SIGN_IN, this::signInForm).open(),
                PageRoute.post(AccountPaths.SIGN_IN, this::signIn).open(),
                PageRoute.post(AccountPaths.SIGN_OUT, this::signOut).duringPasswordChange(),
                PageRoute.get(AccountPaths.PASSWORD, this::passwordForm).duringPasswordChange(),
                PageRoute.post(AccountPaths.PASSWORD, this::changePassword).duringPasswordChange());
    }

    private void signInForm(Context ctx) {
        Optional<String> notice = ctx.queryParam("signed-out") != null ? Optional.of("You have signed out.")
                : ctx.queryParam(AccountPaths.SESSION_ENDED) != null ? Optional.of("Your session has ended: it went"
                + " unused for too long, reached its time limit, or was signed out elsewhere. Sign in again to go on.")
                : Optional.empty();
        renderSignIn(ctx, "", nextPage(ctx.queryParam("next")), notice, FormErrors.none());
    }

    private void signIn(Context ctx) {
        String username = Forms.text(ctx, "username");
        String next = nextPage(ctx.formParam("next"));
        if (username.isBlank() || Forms.text(ctx, "password").isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderSignIn(ctx, username, next, Optional.empty(), FormErrors.ofForm("Enter your username and password."));
            return;
        }
        LoginView session;
        try {
            session = logIn.logIn(new LogInCommand(username, ctx.formParam("password"), RequestActors.origin(ctx)));
        } catch (UnauthenticatedException refused) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            renderSignIn(ctx, username, next, Optional.empty(),
                    FormErrors.ofForm("The username or the password is not correct."));
            return;
        } catch (TooManyAttemptsException throttled) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After",
                    String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            renderSignIn(ctx, username, next, Optional.empty(), FormErrors.ofForm("Too many failed sign-ins for this"
                    + " account or from this computer. Try again in " + wait(throttled.retryAfter()) + "."));
            return;
        }
        cookie.issue(ctx, session.token(), session.expiresAt());
        Pages.seeOther(ctx, session.passwordChangeRequired() ? AccountPaths.PASSWORD : next);
    }

    private void signOut(Context ctx) {
        logOut.logOut(RequestActors.of(ctx));
        cookie.clear(ctx);
        Pages.seeOther(ctx, AccountPaths.SIGN_IN + "?signed-out");
    }

    private void passwordForm(Context ctx) {
        renderPassword(ctx, FormErrors.none(), false);
    }

    private void changePassword(Context ctx) {
        String current = Forms.text(ctx, "current_password");
        String replacement = Forms.text(ctx, "new_password");
        if (!replacement.equals(ctx.formParam("confirm_password"))) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderPassword(ctx, FormErrors.ofField("confirm_password", "does not match the new password"), false);
            return;
        }
        FormErrors.whenRefused(() -> {
            PlainPassword proof = IdentityFields.asField("current_password", () -> new PlainPassword(current));
            PlainPassword chosen = IdentityFields.asField("new_password", () -> new PlainPassword(replacement));
            IdentityFields.asField("new_password", () -> {
                changePassword.change(RequestActors.of(ctx), new ChangeOwnPasswordCommand(proof, chosen));
                return null;
            });
            renderPassword(ctx, FormErrors.none(), true);
        }).ifPresent(errors -> renderPassword(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), errors, false));
    }

    private void renderSignIn(Context ctx, String username, String next, Optional<String> notice, FormErrors errors) {
        Pages.render(ctx, "identity/sign-in.jte",
                new SignInPage(Chrome.visitor("Sign in"), username, next, notice, errors));
    }

    private void renderPassword(Context ctx, FormErrors errors, boolean changed) {
        Pages.render(ctx, "identity/password.jte",
                new PasswordPage(Chrome.outsideNavigation(ctx, "Change your password"), errors, changed));
    }

    /** Only a path of this site, so that a crafted link cannot send a signed-in user elsewhere. */
    private static String nextPage(String requested) {
        boolean local = requested != null && requested.startsWith("/") && !requested.startsWith("//")
                && !requested.contains("\\") && requested.chars().noneMatch(Character::isISOControl);
        return local ? requested : "/";
    }

    private static String wait(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    /** The sign-in form, with what the visitor typed (never the password) and why it was refused. */
    public record SignInPage(Chrome chrome, String username, String next, Optional<String> notice,
                             FormErrors errors) {
    }

    /** The password form; {@code changed} once the change is made. */
    public record PasswordPage(Chrome chrome, FormErrors errors, boolean changed) {
    }
}
