package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.GetAssetRiskUseCase;
import io.aegis.domain.asset.AssetId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code GET /assets/{id}/risk}: an asset's exposure over its critical dependencies. Takes only {@code limit}. */
public record AssetRiskController(GetAssetRiskUseCase exposure) implements Controller {

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/assets/{id}/risk", this::exposure));
    }

    private void exposure(Context ctx) {
        AssetId asset = new AssetId(PathIds.id(ctx, "id"));
        ctx.json(exposure.exposure(RequestActors.of(ctx), asset, limit(ctx.queryParamMap())));
    }

    private static int limit(Map<String, List<String>> query) {
        query.keySet().stream().filter(name -> !name.equals("limit")).findFirst().ifPresent(name -> {
            throw BadRequestException.forField(name, "is not a known parameter; known: limit");
        });
        List<String> given = query.getOrDefault("limit", List.of());
        if (given.isEmpty()) {
            return GetAssetRiskUseCase.DEFAULT_LISTED;
        }
        if (given.size() != 1 || !given.get(0).matches("[0-9]{1,9}")) {
            throw BadRequestException.forField("limit", "must be one whole number");
        }
        return Integer.parseInt(given.get(0));
    }
}
