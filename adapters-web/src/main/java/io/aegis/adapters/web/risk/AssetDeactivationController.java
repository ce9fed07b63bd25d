package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.DeactivateAssetsCommand;
import io.aegis.application.risk.port.in.DeactivateAssetsUseCase;
import io.aegis.application.risk.port.in.OpenRiskDisposal;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DELETE /assets/{id}} and {@code POST /assets/bulk-deactivations}: deactivating assets says what becomes of
 * their open risks, so these routes are the risk side's (ARCHITECTURE.md 11), although their paths are under
 * {@code /assets}.
 */
public record AssetDeactivationController(DeactivateAssetsUseCase deactivate) implements Controller {

    private static final Set<String> DELETE_PARAMETERS = Set.of("open_risks", "reassign_to", "reason");

    @Override
    public List<ApiRoute> routes() {
        // the fixed path first, before /assets/{id} could take it for a malformed id
        return List.of(ApiRoute.post("/assets/bulk-deactivations", this::deactivateMany),
                ApiRoute.delete("/assets/{id}", this::deactivateOne));
    }

    private void deactivateOne(Context ctx) {
        AssetId asset = new AssetId(PathIds.id(ctx, "id"));
        Map<String, List<String>> query = ctx.queryParamMap();
        query.forEach((name, values) -> {
            if (!DELETE_PARAMETERS.contains(name)) {
                throw BadRequestException.forField(name, "is not a known parameter; known: " + DELETE_PARAMETERS);
            }
            if (values.size() != 1) {
                throw BadRequestException.forField(name, "may be given once");
            }
        });
        FieldErrors errors = new FieldErrors();
        OpenRiskDisposal disposal = errors.attempt(() -> OpenRiskDisposals.of(one(query, "open_risks"),
                one(query, "reassign_to").map(OpenRiskDisposals::reassignTo), one(query, "reason")));
        errors.throwIfAny();
        deactivate.deactivate(RequestActors.of(ctx), new DeactivateAssetsCommand(List.of(asset), disposal));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void deactivateMany(Context ctx) {
        BulkAssetDeactivationRequest body = JsonBodies.read(ctx, BulkAssetDeactivationRequest.class);
        FieldErrors errors = new FieldErrors();
        List<AssetId> assets = errors.attempt(() -> assets(body.ids()));
        OpenRiskDisposal disposal = errors.attempt(() -> OpenRiskDisposals.of(Optional.ofNullable(body.openRisks()),
                Optional.ofNullable(body.reassignTo()), Optional.ofNullable(body.reason())));
        errors.throwIfAny();
        DeactivateAssetsCommand command = errors.attempt(() -> new DeactivateAssetsCommand(assets, disposal));
        errors.throwIfAny();
        ctx.json(AssetDeactivationsResponse.of(deactivate.deactivate(RequestActors.of(ctx), command)));
    }

    private static List<AssetId> assets(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > DeactivateAssetsCommand.MAX_ASSETS) {
            throw new InvalidValueException("ids", "must hold 1 to " + DeactivateAssetsCommand.MAX_ASSETS
                    + " asset ids");
        }
        List<AssetId> assets = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || id < 1 || id > Integer.MAX_VALUE) {
                throw new InvalidValueException("ids", "must hold asset ids (positive whole numbers)");
            }
            assets.add(new AssetId(id));
        }
        return assets;
    }

    private static Optional<String> one(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).map(values -> values.get(0));
    }
}
