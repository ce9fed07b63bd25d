package io.aegis.application.organisation.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import java.util.Objects;

/**
 * A partial update: only present fields change.
 *
 * @param parent          moves the unit under another one
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateOrgUnitCommand(OrgUnitId id, ExpectedVersion expectedVersion, Patch<OrgUnitName> name,
                                   Patch<Description> description, Patch<OrgUnitId> parent) {

    public UpdateOrgUnitCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parent, "parent");
        if (name.present() && name.value() == null || parent.present() && parent.value() == null) {
            throw new IllegalArgumentException("name and parent can be changed but not cleared");
        }
    }
}
