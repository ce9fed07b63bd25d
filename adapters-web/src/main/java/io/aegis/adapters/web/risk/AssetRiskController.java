package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.risk.port.in.ExposedAssetView;
import io.aegis.application.risk.port.in.GetAssetRiskUseCase;
import io.aegis.application.risk.port.in.ListMostExposedAssetsUseCase;
import io.aegis.domain.asset.AssetId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /assets/{id}/risk}: an asset's exposure over its critical dependencies; {@code GET /assets/most-exposed}:
 * the assets whose exposure is highest. Both take only {@code limit}.
 */
public record AssetRiskController(GetAssetRiskUseCase exposure, ListMostExposedAssetsUseCase mostExposed)
        implements Controller {

    /** Registered before {@code /assets/{id}}, which would take {@code most-exposed} for an id. */
    public static final String MOST_EXPOSED = "/assets/most-exposed";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(MOST_EXPOSED, this::mostExposed), ApiRoute.get("/assets/{id}/risk", this::exposure));
    }

    private void exposure(Context ctx) {
        AssetId asset = new AssetId(PathIds.id(ctx, "id"));
        ctx.json(exposure.exposure(RequestActors.of(ctx), asset, limit(ctx.queryParamMap(),
                GetAssetRiskUseCase.DEFAULT_LISTED)));
    }

    private void mostExposed(Context ctx) {
        ctx.json(new MostExposedAssetsResponse(mostExposed.list(RequestActors.of(ctx), limit(ctx.queryParamMap(),
                ListMostExposedAssetsUseCase.DEFAULT_LIMIT))));
    }

    private static int limit(Map<String, List<String>> query, int otherwise) {
        query.keySet().stream().filter(name -> !name.equals("limit")).findFirst().ifPresent(name -> {
            throw BadRequestException.forField(name, "is not a known parameter; known: limit");
        });
        List<String> given = query.getOrDefault("limit", List.of());
        if (given.isEmpty()) {
            return otherwise;
        }
        if (given.size() != 1 || !given.get(0).matches("[0-9]{1,9}")) {
            throw BadRequestException.forField("limit", "must be one whole number");
        }
        return Integer.parseInt(given.get(0));
    }

    /** The most exposed assets, most exposed first. */
    public record MostExposedAssetsResponse(List<ExposedAssetView> items) {
    }
}
