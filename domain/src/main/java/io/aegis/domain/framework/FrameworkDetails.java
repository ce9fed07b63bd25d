package io.aegis.domain.framework;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a framework's catalog says about it: its name, version, publisher, kind and publication date. Texts are
 * trimmed and a blank one is absent, so that the same catalog read twice compares equal.
 */
public record FrameworkDetails(String name, String version, String description, String organization,
                               String frameworkType, LocalDate publicationDate) {

    public static final int MAX_NAME_LENGTH = 200;

    public FrameworkDetails {
        name = CatalogText.required("name", name, MAX_NAME_LENGTH);
        version = CatalogText.optional("version", version, 50);
        description = CatalogText.longText("description", description);
        organization = CatalogText.optional("organization", organization, 200);
        frameworkType = CatalogText.optional("framework_type", frameworkType, 100);
    }

    public Optional<String> versionText() {
        return Optional.ofNullable(version);
    }
}
