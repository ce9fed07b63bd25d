package io.aegis.domain.shared;

/** A name that no two of its kind share, ignoring letter case (see {@link Names#key}). */
public interface UniqueName {

    String value();

    /** What uniqueness compares: equal keys are one name. */
    default String key() {
        return Names.key(value());
    }
}
