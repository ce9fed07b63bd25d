package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.jooq.tables.records.FrameworksRecord;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;

/** The one mapping between a {@code frameworks} row and the domain's {@link Framework}. */
final class FrameworkRows {

    private FrameworkRows() {
    }

    static Framework toDomain(FrameworksRecord row) {
        return Framework.restore(new FrameworkId(row.getId()),
                new FrameworkDetails(row.getName(), row.getVersion(), row.getDescription(), row.getOrganization(),
                        row.getFrameworkType(), row.getPublicationDate()),
                !Boolean.FALSE.equals(row.getIsActive()), row.getCreatedAt(), row.getUpdatedAt());
    }

    /** A row of every stored property of {@code framework} (the id excepted). */
    static FrameworksRecord newRow(Framework framework) {
        FrameworkDetails details = framework.details();
        return FRAMEWORKS.newRecord()
                .setName(details.name())
                .setVersion(details.version())
                .setDescription(details.description())
                .setOrganization(details.organization())
                .setFrameworkType(details.frameworkType())
                .setPublicationDate(details.publicationDate())
                .setIsActive(framework.active())
                .setCreatedAt(framework.createdAt())
                .setUpdatedAt(framework.updatedAt());
    }
}
