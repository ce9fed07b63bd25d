package io.aegis.application.risk.port.out;

import io.aegis.application.risk.port.in.RiskControlView;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The controls treating risks, each with its latest assessed implementation status: from the latest
 * <em>completed</em> assessment (by completion, then id) that evaluated the control with a status other than
 * not assessed, among the assessments of no asset or of an asset in {@code evidence} (where the reader reads
 * assets). The risks' own scope is checked by the caller, who has loaded the risk.
 */
public interface RiskControlReadModel {

    /** The controls treating {@code risk}, by framework then control position. */
    List<RiskControlView> list(RiskId risk, Scope evidence);

    /** How {@code control} treats {@code risk}; empty when it does not. */
    Optional<RiskControlView> find(RiskId risk, ControlId control, Scope evidence);

    /** Those of {@code risks} that have a treatment gap ({@link io.aegis.domain.risk.TreatmentGap}), in one query. */
    Set<Long> withGap(Collection<Long> risks, Scope evidence);
}
