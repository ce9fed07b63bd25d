package io.aegis.domain.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a catalog as Aegis keeps it: a group (an 800-53 family, a CSF function) or a control, placed under
 * its parent by label. Two definitions of the same label are compared field by field when a catalog is imported
 * again. Texts are trimmed and a blank one is absent, so reading the same file twice gives equal definitions.
 *
 * @param parent    the label of the group or control it sits in, or null at the top
 * @param withdrawn the catalog keeps it only to say it was withdrawn: stored inactive
 * @param movedTo   where a withdrawn control was incorporated into or moved to
 */
public record ControlDefinition(ControlLabel label, ControlLabel parent, boolean group, String controlType,
                                String title, String description, String implementationGuidance,
                                String assessmentProcedures, boolean withdrawn, List<ControlLabel> movedTo) {

    public static final int MAX_TITLE_LENGTH = 500;

    public ControlDefinition {
        Objects.requireNonNull(label, "label");
        controlType = CatalogText.optional("control_type", controlType, 100);
        title = CatalogText.required("title", title, MAX_TITLE_LENGTH);
        description = CatalogText.longText("description", description);
        implementationGuidance = CatalogText.longText("implementation_guidance", implementationGuidance);
        assessmentProcedures = CatalogText.longText("assessment_procedures", assessmentProcedures);
        movedTo = List.copyOf(movedTo);
    }

    public Optional<ControlLabel> parentLabel() {
        return Optional.ofNullable(parent);
    }

    public boolean active() {
        return !withdrawn;
    }

    /** The same entry, withdrawn: what a control absent from a newer catalog becomes (kept, inactive). */
    public ControlDefinition withdraw() {
        return new ControlDefinition(label, parent, group, controlType, title, description, implementationGuidance,
                assessmentProcedures, true, movedTo);
    }

    /** The fields, by their API names, in which {@code other} differs from this one. */
    public List<String> changedFields(ControlDefinition other) {
        List<String> fields = new ArrayList<>();
        compare(fields, "parent_control_id", parent, other.parent);
        compare(fields, "is_group", group, other.group);
        compare(fields, "control_type", controlType, other.controlType);
        compare(fields, "title", title, other.title);
        compare(fields, "description", description, other.description);
        compare(fields, "implementation_guidance", implementationGuidance, other.implementationGuidance);
        compare(fields, "assessment_procedures", assessmentProcedures, other.assessmentProcedures);
        compare(fields, "is_active", withdrawn, other.withdrawn);
        compare(fields, "moved_to", movedTo, other.movedTo);
        return fields;
    }

    private static void compare(List<String> fields, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            fields.add(name);
        }
    }
}
