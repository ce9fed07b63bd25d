package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.GetRiskMatrixUseCase;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.ListRiskMatricesUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.domain.risk.RiskMatrixId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/risk-matrices}: the matrices risks are rated on, and each one's grid (every cell's score and level,
 * in words and colour) with its bands. The same use cases as {@code /risk-matrices}.
 */
public record MatrixPages(ListRiskMatricesUseCase list, GetRiskMatrixUseCase get) implements PageController {

    public static final String MATRICES = "/admin/risk-matrices";

    @Override
    public List<PageRoute> pages() {
        return List.of(PageRoute.get(MATRICES, this::matrices), PageRoute.get(MATRICES + "/{id}", this::matrix));
    }

    private void matrices(Context ctx) {
        ListRiskMatricesQuery all = ListRiskMatricesQuery.all();
        List<RiskMatrixView> matrices = list.list(RequestActors.of(ctx), new ListRiskMatricesQuery(Optional.empty(),
                Optional.empty(), false, all.sort(), new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        Pages.render(ctx, "risk/matrices.jte", new MatricesPage(Chrome.of(ctx, "Risk matrices",
                Section.ADMINISTRATION), matrices));
    }

    private void matrix(Context ctx) {
        RiskMatrixView matrix = get.get(RequestActors.of(ctx), new RiskMatrixId(PathIds.id(ctx, "id")));
        Pages.render(ctx, "risk/matrix.jte", MatrixPage.of(Chrome.of(ctx, matrix.name(), Section.ADMINISTRATION),
                matrix));
    }

    public record MatricesPage(Chrome chrome, List<RiskMatrixView> matrices) {
    }
}
