package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.application.risk.port.in.RiskMatrixView;

/**
 * A matrix's page (risk/matrix.jte): its grid and bands, and for those who may change matrices the links to edit or
 * retire it.
 *
 * @param mayWrite whether the viewer holds {@code matrix:write}; the use cases still decide for the matrix itself
 */
public record MatrixPage(Chrome chrome, RiskMatrixView matrix, MatrixGrid grid, boolean mayWrite) {

    static MatrixPage of(Chrome chrome, RiskMatrixView matrix, boolean mayWrite) {
        return new MatrixPage(chrome, matrix, MatrixGrid.of(matrix), mayWrite);
    }
}
