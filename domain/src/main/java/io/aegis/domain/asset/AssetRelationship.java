package io.aegis.domain.asset;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed edge between two assets, read "source TYPE target". {@code critical} marks a dependency whose loss
 * stops the dependent outright; it only means something on a type that implies a dependency.
 */
public record AssetRelationship(AssetId source, AssetId target, RelationshipType type, boolean critical) {

    public AssetRelationship {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        if (source.equals(target)) {
            throw new RuleViolationException("self_relationship", "an asset cannot be related to itself");
        }
    }

    /** Who needs whom through this relationship, or empty when its type implies no dependency. */
    public Optional<Dependency> dependency() {
        return switch (type.direction()) {
            case SOURCE_NEEDS_TARGET -> Optional.of(new Dependency(source, target, critical));
            case TARGET_NEEDS_SOURCE -> Optional.of(new Dependency(target, source, critical));
            case NONE -> Optional.empty();
        };
    }
}
