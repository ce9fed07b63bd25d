package io.aegis.application.risk.port.out;

import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.domain.organisation.Scope;

/** Lists straight from storage: filters, order and paging in one query. */
public interface RiskMatrixReadModel {

    /** @param scope where the reader reads risks: the matrices it shares (of its units and the units above them) */
    Page<RiskMatrixView> list(ListRiskMatricesQuery query, Scope scope);
}
