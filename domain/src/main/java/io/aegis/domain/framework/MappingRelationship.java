package io.aegis.domain.framework;

import io.aegis.domain.shared.Keys;

/**
 * How a source control relates to a target control, read "source RELATIONSHIP target", as NIST IR 8477's set theory
 * relationship mapping and the OSCAL mapping model name them, plus {@code related} for the untyped crosswalks most
 * published mappings are. The key is what the API and the {@code mapping_type} column hold.
 * <p>
 * Only one direction of a mapping is stored; the other is its {@link #inverse()}. Along a path of mappings the
 * relationships compose ({@link #then}); what a path's composed relationship says about coverage is
 * {@link #coverage()}.
 */
public enum MappingRelationship {
    /** The two say the same thing in the same words. */
    EQUAL("equal", 0),
    /** The two mean the same thing, worded differently. */
    EQUIVALENT("equivalent", 1),
    /** Meeting the source meets all of the target and more: the target is contained in the source. */
    SUPERSET_OF("superset_of", 2),
    /** The source is contained in the target: meeting it meets part of the target. */
    SUBSET_OF("subset_of", 3),
    /** They overlap; neither contains the other. */
    INTERSECTS_WITH("intersects_with", 4),
    /** Someone related them without saying how (a crosswalk): they concern the same thing. */
    RELATED("related", 5),
    /** Reviewed and found unrelated: recorded so that nobody maps them again; a path never goes through it. */
    NO_RELATIONSHIP("no_relationship", 6);

    private final String key;
    /** Lower is more telling; a path's composition can only lose information, never gain it. */
    private final int precision;

    MappingRelationship(String key, int precision) {
        this.key = key;
        this.precision = precision;
    }

    public String key() {
        return key;
    }

    /** Exact, case-sensitive match, like the other keys of the API. */
    public static MappingRelationship fromKey(String key) {
        return Keys.parse("mapping_type", key, values(), MappingRelationship::key);
    }

    /** The same mapping read from its target: "A subset_of B" is "B superset_of A". */
    public MappingRelationship inverse() {
        return switch (this) {
            case SUPERSET_OF -> SUBSET_OF;
            case SUBSET_OF -> SUPERSET_OF;
            default -> this;
        };
    }

    /** Whether a walk may go on through a mapping of this kind. */
    public boolean connects() {
        return this != NO_RELATIONSHIP;
    }

    /**
     * What "A this B" and "B next C" say of A and C, by set theory where it decides and conservatively where it
     * does not:
     * <ul>
     *   <li>equal and equivalent pass the other relationship on (equivalent wins over equal: wording differs);</li>
     *   <li>containment chains: subset then subset is subset, superset then superset is superset;</li>
     *   <li>A contains B and C contains B: A and C share B, so they intersect;</li>
     *   <li>A and C both inside B, or an overlap anywhere: at best an intersection, which is what is claimed for
     *       overlaps; two subsets of one control may not even meet, so that is only {@code related};</li>
     *   <li>an untyped crosswalk anywhere makes the path untyped.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when either is {@link #NO_RELATIONSHIP}: no path goes through one
     */
    public MappingRelationship then(MappingRelationship next) {
        if (!connects() || !next.connects()) {
            throw new IllegalArgumentException("no path goes through a no_relationship mapping");
        }
        if (this == RELATED || next == RELATED) {
            return RELATED;
        }
        if (this == EQUAL || this == EQUIVALENT) {
            return next == EQUAL ? this : next == EQUIVALENT ? EQUIVALENT : next;
        }
        if (next == EQUAL || next == EQUIVALENT) {
            return this;
        }
        if (this == next && this != INTERSECTS_WITH) {
            return this;
        }
        if (this == SUPERSET_OF && next == SUBSET_OF) {
            return INTERSECTS_WITH;
        }
        if (this == SUBSET_OF && next == SUPERSET_OF) {
            return RELATED;
        }
        return INTERSECTS_WITH;
    }

    /**
     * How much of the target meeting the source meets: all of it only when the source contains the target (equal,
     * equivalent, superset); otherwise part of it at most.
     */
    public Coverage coverage() {
        return switch (this) {
            case EQUAL, EQUIVALENT, SUPERSET_OF -> Coverage.FULL;
            case SUBSET_OF, INTERSECTS_WITH, RELATED -> Coverage.PARTIAL;
            case NO_RELATIONSHIP -> Coverage.NONE;
        };
    }

    /** Whether this says more than {@code other} (equal says the most, an untyped crosswalk the least). */
    public boolean moreTellingThan(MappingRelationship other) {
        return precision < other.precision;
    }
}
