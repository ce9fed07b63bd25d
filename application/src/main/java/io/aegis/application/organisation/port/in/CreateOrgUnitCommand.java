package io.aegis.application.organisation.port.in;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import java.util.Objects;
import java.util.Optional;

/** @param parent the unit the new one is placed under; every unit but the root has one */
public record CreateOrgUnitCommand(OrgUnitName name, OrgUnitId parent, Optional<Description> description) {

    public CreateOrgUnitCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(description, "description");
    }
}
