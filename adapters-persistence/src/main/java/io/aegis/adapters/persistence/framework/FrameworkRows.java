package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.jooq.tables.records.FrameworksRecord;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
                .setCatalogKey(catalogKey(details.name(), details.organization()))
                .setFrameworkType(details.frameworkType())
                .setPublicationDate(details.publicationDate())
                .setIsActive(framework.active())
                .setCreatedAt(framework.createdAt())
                .setUpdatedAt(framework.updatedAt());
    }

    /**
     * What the unique {@code catalog_key} holds (V28): one framework per name and publisher, compared by their exact
     * bytes on both databases. A hash, because the two texts together outgrow what an index key may hold.
     */
    static String catalogKey(String name, String organization) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (name + '\0' + (organization == null ? "" : organization)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
