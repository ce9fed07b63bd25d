package io.aegis.domain.asset;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.Timestamps;
import io.aegis.domain.shared.Versions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way of grouping assets ("Servers", "SaaS", "OT") with a colour for the UI. Categories are never
 * removed, only deactivated, so the assets and history that name them stay readable.
 */
public final class AssetCategory {

    private final AssetCategoryId id;
    private final AssetCategoryName name;
    private final Description description;
    private final HexColor color;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;

    private AssetCategory(AssetCategoryId id, AssetCategoryName name, Description description, HexColor color,
                          boolean active, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.color = color;
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, active category; it has no id until it is stored. */
    public static AssetCategory define(AssetCategoryName name, Optional<Description> description,
                                       Optional<HexColor> color, Instant now) {
        Instant created = Timestamps.truncate(now);
        return new AssetCategory(null, name, description.orElse(null), color.orElse(null), true, created, created);
    }

    /** Rehydrates a stored category. A row never updated has no update time: its creation time stands in. */
    public static AssetCategory restore(AssetCategoryId id, AssetCategoryName name, Description description,
                                        HexColor color, boolean active, Instant createdAt, Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new AssetCategory(id, name, description, color, active, createdAt,
                Versions.stored(createdAt, updatedAt));
    }

    /** The same category as stored under {@code assignedId}. */
    public AssetCategory identifiedAs(AssetCategoryId assignedId) {
        return new AssetCategory(Objects.requireNonNull(assignedId), name, description, color, active,
                createdAt, updatedAt);
    }

    /** Replaces the editable properties; an absent description or colour clears it. */
    public AssetCategory revise(AssetCategoryName newName, Optional<Description> newDescription,
                                Optional<HexColor> newColor, boolean newActive, Instant now) {
        return new AssetCategory(id, newName, newDescription.orElse(null), newColor.orElse(null), newActive,
                createdAt, Versions.after(updatedAt, now));
    }

    public AssetCategory deactivate(Instant now) {
        return revise(name, description(), color(), false, now);
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }

    public boolean isRenamedFrom(AssetCategory before) {
        return !name.value().equalsIgnoreCase(before.name.value());
    }
}
