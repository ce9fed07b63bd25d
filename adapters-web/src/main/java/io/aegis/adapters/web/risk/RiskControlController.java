package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.LinkRiskControlCommand;
import io.aegis.application.risk.port.in.LinkRiskControlUseCase;
import io.aegis.application.risk.port.in.LinkedRiskControl;
import io.aegis.application.risk.port.in.ListRiskControlsUseCase;
import io.aegis.application.risk.port.in.UnlinkRiskControlUseCase;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.risk.ControlReduction;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.TreatmentState;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * {@code /risks/{id}/controls}: the controls treating a risk with their latest assessed status and the risk's
 * treatment gap; a PUT links a control (by its numeric id) or changes the link's effect, a DELETE removes it. A
 * link is a part of the risk written as a whole, like a review, so it takes no {@code If-Match}.
 */
public record RiskControlController(ListRiskControlsUseCase list, LinkRiskControlUseCase link,
                                    UnlinkRiskControlUseCase unlink) implements Controller {

    static final String PATH = RiskController.PATH + "/{id}/controls";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, this::list),
                ApiRoute.put(PATH + "/{control_id}", this::link),
                ApiRoute.delete(PATH + "/{control_id}", this::unlink));
    }

    private void list(Context ctx) {
        ctx.json(list.list(RequestActors.of(ctx), riskId(ctx)));
    }

    private void link(Context ctx) {
        RiskId risk = riskId(ctx);
        ControlId control = controlId(ctx);
        ControlTreatmentRequest body = JsonBodies.read(ctx, ControlTreatmentRequest.class);
        LinkedRiskControl linked = link.link(RequestActors.of(ctx),
                new LinkRiskControlCommand(risk, control, treatment(body)));
        ctx.status(linked.created() ? HttpStatus.CREATED : HttpStatus.OK).json(linked.control());
    }

    private void unlink(Context ctx) {
        unlink.unlink(RequestActors.of(ctx), riskId(ctx), controlId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The effect a form or a body names; every refused field is reported at once. */
    static ControlTreatment treatment(ControlTreatmentRequest body) {
        FieldErrors errors = new FieldErrors();
        TreatmentState state = errors.attempt(() -> TreatmentState.parse("treatment_state", body.treatmentState()));
        ControlReduction reduces = errors.attempt(() -> ControlReduction.parse("reduces", body.reduces()));
        errors.throwIfAny();
        return ControlTreatment.of(state, reduces, body.notes());
    }

    private static RiskId riskId(Context ctx) {
        return new RiskId(PathIds.id(ctx, "id"));
    }

    private static ControlId controlId(Context ctx) {
        return new ControlId(PathIds.id(ctx, "control_id"));
    }
}
