package io.aegis.domain.asset;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way of grouping assets ("Servers", "SaaS", "OT") with a colour for the UI. Categories are never
 * removed, only deactivated, so the assets and history that name them stay readable.
 */
public final class AssetCategory implements Versioned {

    private final AssetCategoryId id;
    private final AssetCategoryName name;
    private final Description description;
    private final HexColor color;
    private final boolean active;
    private final Revision revision;

    private AssetCategory(AssetCategoryId id, AssetCategoryName name, Description description, HexColor color,
                          boolean active, Revision revision) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.color = color;
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A new, active category; it has no id until it is stored. */
    public static AssetCategory define(AssetCategoryName name, Optional<Description> description,
                                       Optional<HexColor> color, Instant now) {
        return new AssetCategory(null, name, description.orElse(null), color.orElse(null), true, Revision.first(now));
    }

    /** Rehydrates a stored category. A row never updated has no update time: its creation time stands in. */
    public static AssetCategory restore(AssetCategoryId id, AssetCategoryName name, Description description,
                                        HexColor color, boolean active, Instant createdAt, Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new AssetCategory(id, name, description, color, active, Revision.stored(createdAt, updatedAt));
    }

    /** The same category as stored under {@code assignedId}. */
    public AssetCategory identifiedAs(AssetCategoryId assignedId) {
        return new AssetCategory(Objects.requireNonNull(assignedId), name, description, color, active,
                revision);
    }

    /** Replaces the editable properties; an absent description or colour clears it. */
    public AssetCategory revise(AssetCategoryName newName, Optional<Description> newDescription,
                                Optional<HexColor> newColor, boolean newActive, Instant now) {
        return new AssetCategory(id, newName, newDescription.orElse(null), newColor.orElse(null), newActive,
                revision.next(now));
    }

    public AssetCategory deactivate(Instant now) {
        return revise(name, description(), color(), false, now);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<AssetCategoryId> id() {
        return Optional.ofNullable(id);
    }

    public AssetCategoryName name() {
        return name;
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    public Optional<HexColor> color() {
        return Optional.ofNullable(color);
    }

    public boolean active() {
        return active;
    }

    public boolean isRenamedFrom(AssetCategory before) {
        return !name.value().equalsIgnoreCase(before.name.value());
    }
}
