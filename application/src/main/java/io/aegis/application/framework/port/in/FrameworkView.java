package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A framework as clients see it: every seed column, and how many controls it holds. Views made from the aggregate
 * alone (audit entries) have no {@code controls}.
 */
public record FrameworkView(long id, String name, String version, String description, String organization,
                            String frameworkType, LocalDate publicationDate, boolean active, ControlCounts controls,
                            Instant createdAt, Instant updatedAt) {

    /**
     * @param controls       the framework's controls, groups not counted, withdrawn ones included
     * @param activeControls those of them not withdrawn
     * @param groups         the groups organising them (800-53 families, CSF functions)
     */
    public record ControlCounts(long controls, long activeControls, long groups) {
    }

    public static FrameworkView of(Framework framework) {
        return of(framework, null);
    }

    public static FrameworkView of(Framework framework, ControlCounts counts) {
        FrameworkDetails details = framework.details();
        return new FrameworkView(framework.id().orElseThrow(() -> new IllegalStateException(
                "an unsaved framework has no view")).value(), details.name(), details.version(),
                details.description(), details.organization(), details.frameworkType(), details.publicationDate(),
                framework.active(), counts, framework.createdAt(), framework.updatedAt());
    }
}
