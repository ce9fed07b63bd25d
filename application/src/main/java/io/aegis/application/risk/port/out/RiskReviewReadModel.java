package io.aegis.application.risk.port.out;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.RiskReviewView;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;

public interface RiskReviewReadModel {

    /** The review record of a risk of {@code scope}, newest first; empty for a risk out of it. */
    Page<RiskReviewView> reviews(RiskId id, Scope scope, PageRequest page);
}
