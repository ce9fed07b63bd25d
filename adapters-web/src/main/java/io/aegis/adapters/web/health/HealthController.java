package io.aegis.adapters.web.health;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * {@code GET /health}: public, for load balancers and orchestrators. 503 when Aegis cannot serve, so a
 * probe needs only the status code.
 */
public record HealthController(CheckHealthUseCase health, String version) implements Controller {

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/health", this::check).open());
    }

    private void check(Context ctx) {
        HealthView view = health.check();
        ctx.status(view.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(new HealthResponse(upOrDown(view.up()), upOrDown(view.databaseUp()),
                        upOrDown(view.auditChainUp()), version));
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
