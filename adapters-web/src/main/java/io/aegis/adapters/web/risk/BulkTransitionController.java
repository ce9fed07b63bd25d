package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.BulkTransitionRisksCommand;
import io.aegis.application.risk.port.in.BulkTransitionRisksUseCase;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /risks/bulk-transitions}: one lifecycle move for up to 500 risks, all or none. */
public record BulkTransitionController(BulkTransitionRisksUseCase bulk) implements Controller {

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post(RiskController.PATH + "/bulk-transitions", this::transition));
    }

    private void transition(Context ctx) {
        BulkTransitionRisksRequest body = JsonBodies.read(ctx, BulkTransitionRisksRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskStatus to = errors.attempt(() -> RiskStatus.parse("to", required("to", body.to())));
        List<RiskId> ids = errors.attempt(() -> ids(required("ids", body.ids())));
        errors.throwIfAny();
        BulkTransitionRisksCommand command = errors.attempt(() -> new BulkTransitionRisksCommand(ids, to,
                Optional.ofNullable(body.note())));
        errors.throwIfAny();
        ctx.json(Map.of("items", bulk.transition(RequestActors.of(ctx), command).stream().map(RiskResponse::new)
                .toList()));
    }

    private static List<RiskId> ids(List<Long> raw) {
        if (raw.size() > BulkTransitionRisksCommand.MAX_RISKS) {
            throw new InvalidValueException("ids", "must name 1 to " + BulkTransitionRisksCommand.MAX_RISKS
                    + " risks");
        }
        List<RiskId> ids = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Long id = raw.get(i);
            ids.add(RiskParams.id("ids[" + i + "]", id == null ? 0 : id, RiskId::new));
        }
        return ids;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
