package io.aegis.application.framework.port.in;

import java.time.Instant;
import java.util.List;

/**
 * A control (or group) as clients see it: every seed column, with the parent's control id beside its id.
 *
 * @param controlId       the label ({@code AC-2(1)})
 * @param parentId        the id of the group or control it sits in, or null at the top
 * @param parentControlId that parent's label, or null
 * @param movedTo         where a withdrawn control moved to, by label
 * @param position        its place in the catalog's order
 */
public record ControlView(long id, long frameworkId, String controlId, Long parentId, String parentControlId,
                          String title, String description, String controlType, String implementationGuidance,
                          String assessmentProcedures, boolean group, boolean active, List<String> movedTo,
                          int position, Instant createdAt, Instant updatedAt) {

    public ControlView {
        movedTo = List.copyOf(movedTo);
    }

    public ControlSummary summary() {
        return new ControlSummary(id, controlId, title, group, active);
    }
}
