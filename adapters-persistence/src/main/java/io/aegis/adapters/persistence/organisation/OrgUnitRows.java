package io.aegis.adapters.persistence.organisation;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.adapters.persistence.jooq.tables.records.OrgUnitsRecord;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;

/** The one mapping between an {@code org_units} row and the domain's {@link OrgUnit}, and of the tree's links. */
final class OrgUnitRows {

    private OrgUnitRows() {
    }

    static OrgUnit toDomain(OrgUnitsRecord row) {
        return OrgUnit.restore(
                new OrgUnitId(row.getId()),
                new OrgUnitName(row.getName()),
                row.getParentId() == null ? null : new OrgUnitId(row.getParentId()),
                row.getDescription() == null ? null : new Description(row.getDescription()),
                row.getIsActive(),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** Copies every stored property of {@code unit} into a new row (the id excepted). */
    static OrgUnitsRecord newRow(OrgUnit unit) {
        return ORG_UNITS.newRecord()
                .setName(unit.name().value())
                .setNameKey(unit.name().key())
                .setParentId(unit.parent().map(parent -> Math.toIntExact(parent.value())).orElse(null))
                .setDescription(unit.description().map(Description::value).orElse(null))
                .setIsActive(unit.active())
                .setCreatedAt(unit.createdAt())
                .setUpdatedAt(unit.updatedAt());
    }
}
