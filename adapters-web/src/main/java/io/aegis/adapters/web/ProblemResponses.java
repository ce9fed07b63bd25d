package io.aegis.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.aegis.adapters.web.page.ErrorPage;
import io.aegis.application.identity.port.in.PasswordChangeRequiredException;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ExternalSystemException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.RetryLaterException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.TooManyAttemptsException;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.shared.AegisException;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table from exceptions to HTTP answers (ARCHITECTURE.md section 6). Every exception a route, a
 * filter or Javalin itself throws ends here and leaves as {@code application/problem+json}; anything the
 * table does not know is a bug, answered with a bare 500 whose stack trace goes to the log only.
 */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String NO_TYPE = "about:blank";

    private ProblemResponses() {
    }

    /** Javalin's exception handler for every exception type: a page for the pages, problem+json for the rest. */
    static void respond(Exception exception, Context ctx) {
        Outcome outcome = outcomeOf(exception);
        log(outcome.status(), exception, ctx);
        outcome.headers().forEach(ctx::header);
        if (WebServer.isPage(ctx.path())) {
            respondWithPage(ctx, outcome);
            return;
        }
        ctx.status(outcome.status())
                .contentType(Problem.MEDIA_TYPE)
                .result(json(outcome.problem(ctx.path(), RequestIds.of(ctx), extensions(exception))));
    }

    /** A visitor whose session has ended signs in again, and comes back to where they were. */
    private static void respondWithPage(Context ctx, Outcome outcome) {
        if (outcome.status() == HttpStatus.UNAUTHORIZED.getCode()) {
            PageAuthenticator.sendToSignIn(ctx, true);
        } else if (PasswordChangeRequiredException.CODE.equals(outcome.code())) {
            PageAuthenticator.sendToPasswordChange(ctx);
        } else {
            ErrorPage.render(ctx, outcome.status(), outcome.title(), outcome.detail());
        }
    }

    /**
     * The body for an error Jetty answers itself, before Javalin sees the request (a malformed URI, headers too
     * large, a body that is too slow or too large): its status is all there is to say, as for Javalin's own.
     */
    static String transportProblem(int status, String detail, String instance, String requestId) {
        return json(Outcome.ofStatus(status, detail).problem(instance, requestId, Map.of()));
    }

    /** What the exception offers besides its message becomes members of the problem (RFC 9457 extensions). */
    private static Map<String, Object> extensions(Exception e) {
        return e instanceof AegisException known ? known.details() : Map.of();
    }

    private static Outcome outcomeOf(Exception e) {
        if (e instanceof BadRequestException bad) {
            return Outcome.of(HttpStatus.BAD_REQUEST, bad.getMessage(), bad.code(), bad.errors());
        }
        if (e instanceof InvalidValueException invalid) {
            return outcomeOf(BadRequestException.invalidValues(
                    List.of(new FieldError(invalid.field(), invalid.getMessage()))));
        }
        if (e instanceof ValidationException invalid) {
            // Javalin's validators refuse a parameter's text: a value not allowed
            return outcomeOf(BadRequestException.invalidValues(fieldErrors(invalid)));
        }
        // the request helpers turn most parse failures into BadRequestException; these catch the rest
        if (e instanceof UnrecognizedPropertyException unknown) {
            return jsonFieldProblem(unknown, "is not a known field");
        }
        if (e instanceof MismatchedInputException mismatched) {
            return jsonFieldProblem(mismatched, "is missing or has the wrong type");
        }
        if (e instanceof StreamReadException) {
            return outcomeOf(new BadRequestException("the request body is not valid JSON"));
        }
        if (e instanceof RuleViolationException rule) {
            return Outcome.of(HttpStatus.UNPROCESSABLE_CONTENT, rule);
        }
        if (e instanceof NotFoundException missing) {
            return Outcome.of(HttpStatus.NOT_FOUND, missing);
        }
        // StaleVersionException is a ConflictException, so it must be matched before its base type
        if (e instanceof StaleVersionException stale) {
            return Outcome.of(HttpStatus.PRECONDITION_FAILED, stale);
        }
        if (e instanceof ConflictException conflict) {
            return Outcome.of(HttpStatus.CONFLICT, conflict);
        }
        if (e instanceof UnauthenticatedException unauthenticated) {
            return Outcome.of(HttpStatus.UNAUTHORIZED, unauthenticated)
                    .withHeaders(Map.of(Header.WWW_AUTHENTICATE, "Bearer"));
        }
        if (e instanceof TooManyAttemptsException throttled) {
            return Outcome.of(HttpStatus.TOO_MANY_REQUESTS, throttled).withHeaders(Map.of(Header.RETRY_AFTER,
                    String.valueOf(Math.max(1, throttled.retryAfter().toSeconds()))));
        }
        if (e instanceof FormRefusedException refused) {
            return Outcome.of(HttpStatus.FORBIDDEN, refused.getMessage(), refused.code(), List.of());
        }
        if (e instanceof ForbiddenException forbidden) {
            return Outcome.of(HttpStatus.FORBIDDEN, forbidden);
        }
        if (e instanceof RetryLaterException later) {
            return Outcome.of(HttpStatus.SERVICE_UNAVAILABLE, later).withHeaders(Map.of(Header.RETRY_AFTER,
                    String.valueOf(later.retryAfter().toSeconds())));
        }
        if (e instanceof AuditChainBrokenException broken) {
            return Outcome.of(HttpStatus.SERVICE_UNAVAILABLE, broken);
        }
        if (e instanceof ExternalSystemException external) {
            return Outcome.of(HttpStatus.BAD_GATEWAY, external);
        }
        if (e instanceof HttpResponseException javalin) {
            return fromJavalin(javalin);
        }
        HttpException refusedByJetty = jettyRefusal(e);
        if (refusedByJetty != null) {
            return Outcome.ofStatus(refusedByJetty.getCode(), refusedByJetty.getReason());
        }
        return Outcome.INTERNAL_ERROR;
    }

    /**
     * Jetty's verdict on the request, when it raised one while a route read the request (a multipart body
     * without a boundary or cut short is a 400): the servlet API wraps it in a ServletException.
     */
    private static HttpException jettyRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException refusal && refusal.getCode() < 500) {
                return refusal;
            }
        }
        return null;
    }

    /** Javalin's own answers (404, 405, 413 while reading a body, ...) keep their status. */
    private static Outcome fromJavalin(HttpResponseException e) {
        Outcome outcome = Outcome.ofStatus(e.getStatus(), e.getMessage());
        String allowed = e.getDetails().get("availableMethods");
        if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode() && allowed != null) {
            return outcome.withHeaders(Map.of(Header.ALLOW, allowed));
        }
        return outcome;
    }

    private static Outcome jsonFieldProblem(JsonMappingException e, String message) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return outcomeOf(new BadRequestException("the request body does not have the expected shape",
                List.of(new FieldError(path.isEmpty() ? "(body)" : path, message))));
    }

    private static List<FieldError> fieldErrors(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .flatMap(field -> field.getValue().stream()
                        .map(error -> new FieldError(field.getKey(), error.getMessage())))
                .toList();
    }

    private static void log(int status, Exception e, Context ctx) {
        if (status == HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        } else if (status >= 500) {
            LOG.warn("{} {} answered {}: {}", ctx.method(), ctx.path(), status, e.getMessage(), e);
        } else {
            LOG.debug("{} {} answered {}: {}", ctx.method(), ctx.path(), status, e.getMessage());
        }
    }

    private static String json(Problem problem) {
        try {
            return Json.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the table decides for one exception; the request supplies the rest of the problem. */
    private record Outcome(int status, String title, String detail, String code, List<FieldError> errors,
                           Map<String, String> headers) {

        /** Says nothing about the cause: its message may hold SQL, paths or data. */
        static final Outcome INTERNAL_ERROR = new Outcome(HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
                "Internal error", null, null, null, Map.of());

        /** Without field errors the problem has no {@code errors} member at all. */
        static Outcome of(HttpStatus status, String detail, String code, List<FieldError> errors) {
            return new Outcome(status.getCode(), status.getMessage(), detail, code,
                    errors.isEmpty() ? null : errors, Map.of());
        }

        static Outcome of(HttpStatus status, AegisException e) {
            return of(status, e.getMessage(), e.code(), List.of());
        }

        /** An answer whose status says it all; its code is the status's name. */
        static Outcome ofStatus(int code, String detail) {
            HttpStatus status = HttpStatus.forStatus(code);
            return new Outcome(code, status.getMessage(), detail, status.name().toLowerCase(Locale.ROOT), null,
                    Map.of());
        }

        Problem problem(String instance, String requestId, Map<String, Object> extensions) {
            return new Problem(NO_TYPE, title, status, detail, instance, requestId, errors, code, extensions);
        }

        Outcome withHeaders(Map<String, String> extra) {
            return new Outcome(status, title, detail, code, errors, extra);
        }
    }
}
