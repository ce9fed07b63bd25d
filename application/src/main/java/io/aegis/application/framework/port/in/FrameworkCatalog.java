package io.aegis.application.framework.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A control catalog as its file describes it (an OSCAL catalog, the OWASP ASVS JSON), before it meets the
 * database: the framework's metadata and every entry in document order, each parent before its children.
 *
 * @param name            the framework's name (OSCAL {@code metadata.title})
 * @param version         its version as published (OSCAL {@code metadata.version}), or null
 * @param organization    who publishes it (the OSCAL party with role {@code creator}), or null
 * @param publicationDate when it was published, or null
 * @param description     a short description (OSCAL {@code metadata.remarks}), or null
 * @param frameworkType   what kind of framework it is ({@code "catalog"} for OSCAL catalogs)
 */
public record FrameworkCatalog(String name, String version, String organization, LocalDate publicationDate,
                               String description, String frameworkType, List<CatalogEntry> entries) {

    public FrameworkCatalog {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }
}
