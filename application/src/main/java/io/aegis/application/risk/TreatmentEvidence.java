package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Set;

/**
 * Which assessments a reader's treatment gaps and latest statuses are judged on: those of no asset, and those of an
 * asset in the units where the reader reads assets. An assessment of an asset the reader may not read neither shows
 * nor weighs, so the flag a reader sees is always explained by statuses they can see.
 */
final class TreatmentEvidence {

    private TreatmentEvidence() {
    }

    static Scope of(Actor actor) {
        return actor.scopeOf(Permission.ASSET_READ);
    }

    /** {@code risks} telling whether each has a treatment gap, as {@code actor} sees the assessments: one query. */
    static List<RiskView> flag(RiskControlReadModel treatments, Actor actor, List<RiskView> risks) {
        if (risks.isEmpty()) {
            return risks;
        }
        Set<Long> gaps = treatments.withGap(risks.stream().map(RiskView::id).toList(), of(actor));
        return risks.stream().map(risk -> risk.withTreatmentGap(gaps.contains(risk.id()))).toList();
    }

    /** {@code filter} with its treatment gap criterion, if any, judged on what {@code actor} may see. */
    static RiskFilter bind(Actor actor, RiskFilter filter) {
        return filter.treatmentGap().isEmpty() ? filter : filter.withTreatmentEvidence(of(actor));
    }
}
