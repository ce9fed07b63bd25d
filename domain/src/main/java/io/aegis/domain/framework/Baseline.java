package io.aegis.domain.framework;

import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A baseline of a framework (800-53 MODERATE): the controls it selects, in its profile's order, usable to scope an
 * assessment. Its name is unique within its framework; importing the profile again replaces the selection.
 */
public final class Baseline implements Versioned {

    private final BaselineId id;
    private final FrameworkId framework;
    private final String name;
    private final String version;
    private final List<ControlId> controls;
    private final Revision revision;

    private Baseline(BaselineId id, FrameworkId framework, String name, String version, List<ControlId> controls,
                     Revision revision) {
        this.id = id;
        this.framework = Objects.requireNonNull(framework, "framework");
        this.name = CatalogText.required("name", name, FrameworkDetails.MAX_NAME_LENGTH);
        this.version = CatalogText.optional("version", version, 50);
        // a profile may name a control twice (two imports of one catalog); the baseline selects it once
        this.controls = List.copyOf(new LinkedHashSet<>(controls));
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /**
     * @throws RuleViolationException {@code no_baseline_controls} when it selects no control of the framework
     */
    public static Baseline select(FrameworkId framework, String name, String version, List<ControlId> controls,
                                  Instant now) {
        requireSome(name, controls);
        return new Baseline(null, framework, name, version, controls, Revision.first(now));
    }

    public static Baseline restore(BaselineId id, FrameworkId framework, String name, String version,
                                   List<ControlId> controls, Instant createdAt, Instant updatedAt) {
        return new Baseline(Objects.requireNonNull(id, "id"), framework, name, version, controls,
                Revision.stored(createdAt, updatedAt));
    }

    public Baseline identifiedAs(BaselineId assignedId) {
        return new Baseline(Objects.requireNonNull(assignedId), framework, name, version, controls, revision);
    }

    /** The baseline as a newer profile selects it; the same one when the profile selects as it does. */
    public Baseline reselect(String newVersion, List<ControlId> newControls, Instant now) {
        requireSome(name, newControls);
        Baseline next = new Baseline(id, framework, name, newVersion, newControls, revision);
        if (Objects.equals(next.version, version) && next.controls.equals(controls)) {
            return this;
        }
        return new Baseline(id, framework, name, newVersion, newControls, revision.next(now));
    }

    private static void requireSome(String name, List<ControlId> controls) {
        if (controls.isEmpty()) {
            throw new RuleViolationException("no_baseline_controls",
                    "baseline '" + name + "' selects no control of the framework");
        }
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<BaselineId> id() {
        return Optional.ofNullable(id);
    }

    public FrameworkId framework() {
        return framework;
    }

    public String name() {
        return name;
    }

    public Optional<String> profileVersion() {
        return Optional.ofNullable(version);
    }

    public List<ControlId> controls() {
        return controls;
    }
}
