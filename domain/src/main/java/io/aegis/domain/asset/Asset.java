package io.aegis.domain.asset;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the organisation owns or runs and wants to protect: a server, an application, a cloud service.
 * Assets are never removed, only deactivated (soft delete), so the risks and history that name them stay
 * readable. Its editable properties form one {@link AssetProfile}; this class adds identity, the organisational
 * unit it belongs to (who may see and change it follows the unit), the soft-delete flag, who recorded it and when,
 * and the rules that span several properties.
 */
public final class Asset implements Versioned {

    private final AssetId id;
    private final AssetProfile profile;
    private final OrgUnitId unit;
    private final boolean active;
    private final UserId createdBy;
    private final Revision revision;

    private Asset(AssetId id, AssetProfile profile, OrgUnitId unit, boolean active, UserId createdBy,
                  Revision revision) {
        this.id = id;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.active = active;
        this.createdBy = createdBy;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /**
     * A new, active asset of {@code unit}; it has no id until it is stored.
     *
     * @param createdBy the user recording it; empty when Aegis itself does
     * @throws RuleViolationException when the profile breaks a rule that spans properties
     */
    public static Asset register(AssetProfile profile, OrgUnitId unit, Optional<UserId> createdBy, Instant now) {
        requireConsistent(profile);
        return new Asset(null, profile, unit, true, createdBy.orElse(null), Revision.first(now));
    }

    /**
     * Rehydrates a stored asset as it is, without re-checking the rules that span properties: a row written
     * before a rule existed must stay readable. A row never updated has no update time: its creation time
     * stands in.
     */
    public static Asset restore(AssetId id, AssetProfile profile, OrgUnitId unit, boolean active, UserId createdBy,
                                Instant createdAt, Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new Asset(id, profile, unit, active, createdBy, Revision.stored(createdAt, updatedAt));
    }

    /** The same asset as stored under {@code assignedId}. */
    public Asset identifiedAs(AssetId assignedId) {
        return new Asset(Objects.requireNonNull(assignedId), profile, unit, active, createdBy, revision);
    }

    /** Replaces the editable properties, in the same unit. @throws RuleViolationException as {@link #register} does */
    public Asset revise(AssetProfile newProfile, Instant now) {
        return revise(newProfile, unit, now);
    }

    /**
     * Replaces the editable properties and moves the asset to {@code newUnit} (its own unit: no move), as one
     * revision. @throws RuleViolationException as {@link #register} does
     */
    public Asset revise(AssetProfile newProfile, OrgUnitId newUnit, Instant now) {
        return revise(newProfile, newUnit, active, now);
    }

    /**
     * The same, and deactivates or restores the asset as one revision ({@code nowActive} as it was: neither).
     * @throws RuleViolationException as {@link #register} does
     */
    public Asset revise(AssetProfile newProfile, OrgUnitId newUnit, boolean nowActive, Instant now) {
        requireConsistent(newProfile);
        return new Asset(id, newProfile, newUnit, nowActive, createdBy, revision.next(now));
    }

    /** Whether this revision takes an active asset out of service. */
    public boolean deactivates(Asset before) {
        return before.active && !active;
    }

    /** Soft delete. An inactive asset keeps its properties, its unit and its relationships. */
    public Asset deactivate(Instant now) {
        return new Asset(id, profile, unit, false, createdBy, revision.next(now));
    }

    /** A warranty ends after the purchase it covers; the same instant is allowed (no warranty at all). */
    private static void requireConsistent(AssetProfile profile) {
        if (profile.purchaseDate() != null && profile.warrantyExpiry() != null
                && profile.warrantyExpiry().isBefore(profile.purchaseDate())) {
            throw new RuleViolationException("warranty_before_purchase",
                    "warranty_expiry may not be before purchase_date");
        }
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<AssetId> id() {
        return Optional.ofNullable(id);
    }

    public AssetProfile profile() {
        return profile;
    }

    /** The organisational unit the asset belongs to. */
    public OrgUnitId unit() {
        return unit;
    }

    public boolean active() {
        return active;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }
}
