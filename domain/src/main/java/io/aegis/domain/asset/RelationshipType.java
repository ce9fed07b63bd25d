package io.aegis.domain.asset;

import io.aegis.domain.shared.Keys;

/**
 * How two assets relate, read "source TYPE target" ("app depends_on db", "hypervisor hosts vm"). Each type
 * says which end, if any, needs the other to work: that is what the dependency graph and the risk roll-up
 * follow. The key is what the API and the {@code relationship_type} column hold.
 */
public enum RelationshipType {
    /** The source needs the target: "app depends_on db". */
    DEPENDS_ON("depends_on", Direction.SOURCE_NEEDS_TARGET),
    /** The source needs the target: "vm runs_on hypervisor". */
    RUNS_ON("runs_on", Direction.SOURCE_NEEDS_TARGET),
    /** The target needs the source: "hypervisor hosts vm"; the reverse of runs_on. */
    HOSTS("hosts", Direction.TARGET_NEEDS_SOURCE),
    /** The target needs the source: "disk part_of server"; a whole is degraded when one of its parts fails. */
    PART_OF("part_of", Direction.TARGET_NEEDS_SOURCE),
    /** Network reachability only: either end keeps working when the other fails. */
    CONNECTS_TO("connects_to", Direction.NONE),
    /** The source protects the target; losing the backup does not stop what it backs up. */
    BACKS_UP("backs_up", Direction.NONE);

    /** Which end of a relationship needs the other one to work. */
    public enum Direction {
        SOURCE_NEEDS_TARGET,
        TARGET_NEEDS_SOURCE,
        NONE
    }

    private final String key;
    private final Direction direction;

    RelationshipType(String key, Direction direction) {
        this.key = key;
        this.direction = direction;
    }

    public String key() {
        return key;
    }

    public Direction direction() {
        return direction;
    }

    /** Exact, case-sensitive match, like the other keys of the API. */
    public static RelationshipType fromKey(String key) {
        return Keys.parse("relationship_type", key, values(), RelationshipType::key);
    }
}
