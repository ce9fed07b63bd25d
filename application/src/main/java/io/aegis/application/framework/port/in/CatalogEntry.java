package io.aegis.application.framework.port.in;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a catalog: a group (an 800-53 family, a CSF function) or a control (a control, an enhancement, a
 * CSF category or subcategory), with its texts already rendered for people.
 *
 * @param controlId              the entry's display label ({@code AC-2(1)}, {@code GV.OC-01}), unique in the catalog
 * @param parentControlId        the label of the group or control it sits in, or null at the top
 * @param group                  a group organises controls and is never assessed itself
 * @param controlType            the catalog's own class of the entry ({@code family}, {@code SP800-53-enhancement},
 *                               {@code subcategory}, ...), or null
 * @param title                  its title
 * @param description            the statement, parameters shown as {@code [Assignment: ...]} and
 *                               {@code [Selection (one or more): ...]}, or null
 * @param implementationGuidance the guidance, or null
 * @param assessmentProcedures   the assessment objectives and methods, or null
 * @param withdrawn              the catalog keeps the entry only to say it was withdrawn
 * @param movedTo                the labels of the controls a withdrawn entry was incorporated into or moved to
 */
public record CatalogEntry(String controlId, String parentControlId, boolean group, String controlType, String title,
                           String description, String implementationGuidance, String assessmentProcedures,
                           boolean withdrawn, List<String> movedTo) {

    public CatalogEntry {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(title, "title");
        movedTo = List.copyOf(movedTo);
    }
}
