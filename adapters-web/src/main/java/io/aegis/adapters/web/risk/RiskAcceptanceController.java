package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceUseCase;
import io.aegis.application.risk.port.in.ListRiskAcceptancesUseCase;
import io.aegis.application.risk.port.in.RequestRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.RequestRiskAcceptanceUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceDecision;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.WithdrawRiskAcceptanceUseCase;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Rfc3339;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code /risks/{id}/acceptances}: asking to accept a risk, deciding it ({@code risk:accept}), withdrawing it, and the
 * risk's acceptances. Expiry and decision rules are the domain's.
 */
public record RiskAcceptanceController(RequestRiskAcceptanceUseCase request, DecideRiskAcceptanceUseCase decide,
                                       WithdrawRiskAcceptanceUseCase withdraw, ListRiskAcceptancesUseCase list)
        implements Controller {

    private static final String PATH = RiskController.PATH + "/{id}/acceptances";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, this::list), ApiRoute.post(PATH, this::request),
                ApiRoute.post(PATH + "/{aid}/decision", this::decide),
                ApiRoute.post(PATH + "/{aid}/withdrawal", this::withdraw));
    }

    private void list(Context ctx) {
        RiskId id = riskId(ctx);
        ListParams<RiskSortField> params = ListParams.parse(ctx, RiskSortField.class, Set.of());
        if (!params.sort().isEmpty()) {
            throw BadRequestException.forField("sort", "acceptances are always listed newest first");
        }
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), id, params.page()), Function.identity()));
    }

    private void request(Context ctx) {
        RiskId id = riskId(ctx);
        RequestRiskAcceptanceRequest body = JsonBodies.read(ctx, RequestRiskAcceptanceRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskNote rationale = errors.attempt(() -> RiskNote.required("rationale", body.rationale()));
        Instant expiry = errors.attempt(() -> expiry(body.expiresOn()));
        Optional<RiskNote> note = errors.attempt(() -> RiskNote.optional("note", body.note()));
        errors.throwIfAny();
        RiskAcceptanceView asked = request.request(RequestActors.of(ctx),
                new RequestRiskAcceptanceCommand(id, rationale, expiry, note));
        Locations.created(ctx, PATH.replace("{id}", String.valueOf(id.value())), asked.id()).json(asked);
    }

    private void decide(Context ctx) {
        RiskId id = riskId(ctx);
        RiskAcceptanceId acceptance = acceptanceId(ctx);
        DecideRiskAcceptanceRequest body = JsonBodies.read(ctx, DecideRiskAcceptanceRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskAcceptanceDecision decision = errors.attempt(() -> RiskAcceptanceDecision.parse("decision",
                required("decision", body.decision())));
        Optional<RiskNote> note = errors.attempt(() -> RiskNote.optional("note", body.note()));
        errors.throwIfAny();
        ctx.json(decide.decide(RequestActors.of(ctx), decision, new DecideRiskAcceptanceCommand(id, acceptance,
                note)));
    }

    private void withdraw(Context ctx) {
        RiskId id = riskId(ctx);
        RiskAcceptanceId acceptance = acceptanceId(ctx);
        WithdrawRiskAcceptanceRequest body = JsonBodies.read(ctx, WithdrawRiskAcceptanceRequest.class);
        FieldErrors errors = new FieldErrors();
        Optional<RiskNote> note = errors.attempt(() -> RiskNote.optional("note", body.note()));
        errors.throwIfAny();
        ctx.json(withdraw.withdraw(RequestActors.of(ctx), new DecideRiskAcceptanceCommand(id, acceptance, note)));
    }

    /** A calendar date is the start of that day in UTC: an acceptance never covers a day it is said to expire on. */
    private static Instant expiry(String raw) {
        String text = required("expires_on", raw);
        if (!DATE.matcher(text).matches()) {
            return Rfc3339.parse("expires_on", text);
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expires_on", "is not a date of the calendar");
        }
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static RiskId riskId(Context ctx) {
        return new RiskId(PathIds.id(ctx, "id"));
    }

    private static RiskAcceptanceId acceptanceId(Context ctx) {
        return new RiskAcceptanceId(PathIds.id(ctx, "aid"));
    }
}
