package io.aegis.application.risk.port.out;

import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixView;

/** Lists straight from storage: filters, order and paging in one query. */
public interface RiskMatrixReadModel {

    Page<RiskMatrixView> list(ListRiskMatricesQuery query);
}
