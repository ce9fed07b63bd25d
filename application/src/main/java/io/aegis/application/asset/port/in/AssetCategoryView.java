package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.time.Instant;

/** An asset category as clients see it. {@code description} and {@code color} may be null. */
public record AssetCategoryView(long id, String name, String description, String color, boolean active,
                                Instant createdAt, Instant updatedAt) {

    public static AssetCategoryView of(AssetCategory category) {
        return new AssetCategoryView(
                category.id().orElseThrow(() -> new IllegalStateException("an unsaved category has no view")).value(),
                category.name().value(),
                category.description().map(Description::value).orElse(null),
                category.color().map(HexColor::value).orElse(null),
                category.active(),
                category.createdAt(),
                category.updatedAt());
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}
