package io.aegis.application.framework;

import io.aegis.application.framework.port.in.BaselineImportReport;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.port.Change;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.domain.framework.Baseline;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A baseline profile stored as a baseline of one framework, inside a change's transaction: its controls matched by
 * control id to the framework's, the ids it names that the framework does not hold reported. A baseline of the same
 * name has its selection replaced.
 */
final class BaselineImport {

    static final String ACTION = "baseline.import";

    private BaselineImport() {
    }

    /** The state an audit entry keeps: the selection's size, not its every control. */
    record Audited(long id, long frameworkId, String name, String version, int selected) {

        static Audited of(Baseline baseline) {
            return new Audited(baseline.id().orElseThrow().value(), baseline.framework().value(), baseline.name(),
                    baseline.profileVersion().orElse(null), baseline.controls().size());
        }
    }

    /**
     * @throws io.aegis.domain.shared.RuleViolationException {@code no_baseline_controls} when no control id of the
     *                                                       profile is one of the framework's
     */
    static BaselineImportReport store(Change change, FrameworkId framework, BaselineProfile profile,
                                      ControlRepository controls, BaselineRepository baselines) {
        Map<String, ControlId> ids = new HashMap<>();
        for (Control control : controls.ofFramework(framework)) {
            ids.put(control.label().value(), control.id().orElseThrow());
        }
        List<ControlId> selected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String label : profile.controlIds()) {
            ControlId id = ids.get(label.strip());
            if (id == null) {
                unknown.add(label);
            } else {
                selected.add(id);
            }
        }
        Optional<Baseline> current = baselines.findByName(framework, profile.name().strip());
        Baseline stored;
        if (current.isPresent()) {
            stored = current.get().reselect(profile.version(), selected, change.now());
            if (stored == current.get()) {
                // the profile imported again: nothing to write or audit
                return report(stored, false, unknown);
            }
            StaleVersionException.requireWritten(baselines.update(stored, current.get().version()),
                    ExpectedVersion.ANY, FrameworkServiceSupport.BASELINE, current.get().id().orElseThrow());
        } else {
            stored = baselines.insert(Baseline.select(framework, profile.name(), profile.version(), selected,
                    change.now()));
        }
        change.auditIn(ACTION, null, FrameworkServiceSupport.BASELINE, stored.id().orElseThrow().value(),
                current.map(Audited::of).orElse(null), Audited.of(stored));
        return report(stored, current.isEmpty(), unknown);
    }

    private static BaselineImportReport report(Baseline stored, boolean created, List<String> unknown) {
        return new BaselineImportReport(stored.id().orElseThrow().value(), stored.framework().value(), stored.name(),
                stored.profileVersion().orElse(null), created, stored.controls().size(), unknown);
    }
}
