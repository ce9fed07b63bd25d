package io.aegis.adapters.web.compliance;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.compliance.port.in.CompliancePorts;
import io.aegis.application.compliance.port.in.GetCompliancePostureQuery;
import io.aegis.application.framework.port.in.FrameworkSortField;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /frameworks/{id}/compliance?asset_id=&include=controls}: a framework's compliance posture, per family and
 * overall; with {@code include=controls}, each control's status, source and path.
 */
public record ComplianceController(CompliancePorts compliance) implements Controller {

    static final String PATH = "/frameworks/{id}/compliance";
    private static final Set<String> PARAMETERS = Set.of("asset_id", "include");
    private static final String CONTROLS = "controls";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, this::posture));
    }

    private void posture(Context ctx) {
        PostureRequest request = PostureRequest.read(ctx);
        ctx.json(CompliancePostureResponse.of(compliance.posture().posture(RequestActors.of(ctx), request.query()),
                request.withControls()));
    }

    /** The API's and the page's parameters: the framework of the path, {@code asset_id} and {@code include}. */
    record PostureRequest(GetCompliancePostureQuery query, boolean withControls) {

        static PostureRequest read(Context ctx) {
            FrameworkId framework = new FrameworkId(PathIds.id(ctx, "id"));
            ListParams<FrameworkSortField> params = ListParams.unpaged(ctx, FrameworkSortField.class, PARAMETERS,
                    false);
            FieldErrors errors = new FieldErrors();
            Optional<AssetId> asset = errors.attempt(() -> params.id("asset_id").map(AssetId::new));
            Boolean withControls = errors.attempt(() -> params.text("include").map(include -> {
                if (!include.equals(CONTROLS)) {
                    throw new InvalidValueException("include", "must be " + CONTROLS);
                }
                return true;
            }).orElse(false));
            errors.throwIfAny();
            return new PostureRequest(new GetCompliancePostureQuery(framework, asset), withControls);
        }
    }
}
