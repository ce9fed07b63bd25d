package io.aegis.application.testing;

import io.aegis.application.risk.port.in.RiskControlView;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Treating controls in memory, for the services' tests. It holds no assessments, so no control has a latest status
 * and no risk a treatment gap; the gap itself is proven on both databases ({@code RiskControlApiContract}).
 */
public final class InMemoryRiskControls implements RiskControlRepository, RiskControlReadModel {

    private final Map<ControlId, TreatableControl> controls = new LinkedHashMap<>();
    private final Map<List<Long>, ControlTreatment> links = new LinkedHashMap<>();

    public synchronized void add(TreatableControl control) {
        controls.put(control.id(), control);
    }

    @Override
    public synchronized Optional<TreatableControl> control(ControlId id) {
        return Optional.ofNullable(controls.get(id));
    }

    @Override
    public synchronized Optional<ControlTreatment> find(RiskId risk, ControlId control) {
        return Optional.ofNullable(links.get(key(risk, control)));
    }

    @Override
    public synchronized void insert(RiskId risk, ControlId control, ControlTreatment treatment, Optional<UserId> by,
                                    Instant now) {
        links.put(key(risk, control), treatment);
    }

    @Override
    public synchronized void update(RiskId risk, ControlId control, ControlTreatment treatment, Instant now) {
        links.put(key(risk, control), treatment);
    }

    @Override
    public synchronized boolean delete(RiskId risk, ControlId control) {
        return links.remove(key(risk, control)) != null;
    }

    @Override
    public synchronized List<RiskControlView> list(RiskId risk, Scope evidence) {
        return links.keySet().stream().filter(key -> key.get(0) == risk.value())
                .map(key -> view(risk, new ControlId(key.get(1)))).toList();
    }

    @Override
    public synchronized Optional<RiskControlView> find(RiskId risk, ControlId control, Scope evidence) {
        return find(risk, control).map(treatment -> view(risk, control));
    }

    @Override
    public Set<Long> withGap(Collection<Long> risks, Scope evidence) {
        return Set.of();
    }

    private RiskControlView view(RiskId risk, ControlId control) {
        ControlTreatment treatment = links.get(key(risk, control));
        TreatableControl known = controls.get(control);
        return new RiskControlView(risk.value(), control.value(), known.label(), known.label(), known.active(), 1,
                "Framework", treatment.state().key(), treatment.reduces().key(), treatment.notes().orElse(null), null,
                Instant.EPOCH, null, null, false);
    }

    private static List<Long> key(RiskId risk, ControlId control) {
        return List.of(risk.value(), control.value());
    }
}
