package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * The controls one control reaches through mappings, nearest first.
 *
 * @param control the control the walk starts from
 * @param depth   how many mappings away it looked
 */
public record EquivalentsView(MappedControl control, int depth, List<Equivalent> equivalents) {

    public EquivalentsView {
        equivalents = List.copyOf(equivalents);
    }

    /**
     * A control reached, and what its path says: "control relationship reached" composed along the path.
     *
     * @param confidence null when some step of the path does not say
     * @param strength   null when some step of the path does not say
     */
    public record Equivalent(MappedControl control, String relationship, String coverage, String confidence,
                             Integer strength, List<Step> path) {

        public Equivalent {
            path = List.copyOf(path);
        }
    }

    /** One mapping crossed, read in the walk's direction: "from relationship to". */
    public record Step(long mappingId, long from, long to, String relationship) {
    }
}
