package io.aegis.application.framework;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.domain.framework.ControlDefinition;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.shared.InvalidValueException;
import java.util.List;

/**
 * A catalog as a file describes it, turned into the domain's terms. A value the domain refuses (a title longer than
 * its column) is the file's fault: it is reported as an unreadable catalog naming the entry, not as a bad request.
 */
final class CatalogEntries {

    private CatalogEntries() {
    }

    static FrameworkDetails details(FrameworkCatalog catalog) {
        try {
            return new FrameworkDetails(catalog.name(), catalog.version(), catalog.description(),
                    catalog.organization(), catalog.frameworkType(), catalog.publicationDate());
        } catch (InvalidValueException refused) {
            throw new UnreadableCatalogException("the catalog's " + refused.field() + " " + refused.getMessage());
        }
    }

    static List<ControlDefinition> definitions(FrameworkCatalog catalog) {
        return catalog.entries().stream().map(CatalogEntries::definition).toList();
    }

    private static ControlDefinition definition(CatalogEntry entry) {
        try {
            return new ControlDefinition(new ControlLabel(entry.controlId()),
                    entry.parentControlId() == null ? null : new ControlLabel(entry.parentControlId()),
                    entry.group(), entry.controlType(), entry.title(), entry.description(),
                    entry.implementationGuidance(), entry.assessmentProcedures(), entry.withdrawn(),
                    entry.movedTo().stream().map(ControlLabel::new).toList());
        } catch (InvalidValueException refused) {
            throw new UnreadableCatalogException("entry '" + entry.controlId() + "': " + refused.field() + " "
                    + refused.getMessage());
        }
    }
}
