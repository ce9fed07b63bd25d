package io.aegis.domain.asset;

import java.util.Objects;

/** "{@code dependent} needs {@code provider} to work": a relationship read in the direction failures travel. */
public record Dependency(AssetId dependent, AssetId provider, boolean critical) {

    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(provider, "provider");
    }
}
