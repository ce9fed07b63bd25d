package io.aegis.adapters.web.audit;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.audit.port.in.VerifyAuditChainUseCase;
import io.aegis.application.port.AuditEntry.Outcome;
import io.aegis.domain.organisation.OrgUnitId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /audit-logs}: reading the audit trail and checking its hash chain. There is deliberately no route
 * that changes or removes a row: the trail is append-only, written only by the use cases it records.
 */
public record AuditLogController(ListAuditLogsUseCase list, VerifyAuditChainUseCase verify) implements Controller {

    static final String PATH = "/audit-logs";
    static final Set<String> FILTERS = Set.of("user_id", "action", "outcome", "resource_type",
            "resource_id", "org_unit_id", "from", "to");

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/verify", this::verify));
    }

    private void list(Context ctx) {
        ListParams<AuditLogSortField> params = ListParams.parse(ctx, AuditLogSortField.class, FILTERS);
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(params)), AuditLogResponse::of));
    }

    /** The list's query from its parameters; also the audit log page's, which reads the same ones from its URL. */
    static ListAuditLogsQuery query(ListParams<AuditLogSortField> params) {
        FieldErrors errors = new FieldErrors();
        Optional<Long> userId = errors.attempt(() -> params.id("user_id"));
        Optional<Long> resourceId = errors.attempt(
                () -> params.id("resource_id"));
        Optional<OrgUnitId> orgUnitId = errors.attempt(() -> params.id("org_unit_id").map(OrgUnitId::new));
        Optional<Instant> from = errors.attempt(() -> params.instant("from"));
        Optional<Instant> to = errors.attempt(() -> params.instant("to"));
        List<String> actions = errors.attempt(() -> params.texts("action"));
        Set<Outcome> outcomes = errors.attempt(() -> params.keys("outcome", Outcome.values(), Outcome::key));
        errors.throwIfAny();
        return new ListAuditLogsQuery(userId, actions, outcomes, params.text("resource_type"), resourceId, orgUnitId,
                from, to, params.sort(), params.page());
    }

    private void verify(Context ctx) {
        ctx.json(AuditChainVerificationResponse.of(verify.verify(RequestActors.of(ctx))));
    }
}
