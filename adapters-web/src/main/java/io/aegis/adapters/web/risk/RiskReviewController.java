package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.risk.port.in.ListRiskReviewsUseCase;
import io.aegis.application.risk.port.in.RecordRiskReviewCommand;
import io.aegis.application.risk.port.in.RecordRiskReviewUseCase;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code /risks/{id}/reviews}: a risk's review record, and recording a periodic review. */
public record RiskReviewController(RecordRiskReviewUseCase review, ListRiskReviewsUseCase reviews)
        implements Controller {

    private static final String PATH = RiskController.PATH + "/{id}/reviews";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, this::list), ApiRoute.post(PATH, this::review));
    }

    private void list(Context ctx) {
        RiskId id = new RiskId(PathIds.id(ctx, "id"));
        ListParams<RiskSortField> params = ListParams.parse(ctx, RiskSortField.class, Set.of());
        if (!params.sort().isEmpty()) {
            throw BadRequestException.forField("sort", "the review record is always newest first");
        }
        ctx.json(ListResponse.of(reviews.list(RequestActors.of(ctx), id, params.page()), Function.identity()));
    }

    private void review(Context ctx) {
        RiskId id = new RiskId(PathIds.id(ctx, "id"));
        ReviewRiskRequest body = JsonBodies.read(ctx, ReviewRiskRequest.class);
        FieldErrors errors = new FieldErrors();
        Optional<RiskNote> note = errors.attempt(() -> RiskNote.optional("note", body.note()));
        errors.throwIfAny();
        RiskView reviewed = review.review(RequestActors.of(ctx), new RecordRiskReviewCommand(id, note));
        Versions.respond(ctx, reviewed.version(), new RiskResponse(reviewed)).status(HttpStatus.CREATED);
    }
}
