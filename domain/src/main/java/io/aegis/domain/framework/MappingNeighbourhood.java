package io.aegis.domain.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every mapping within a number of steps of many controls at once, read once and kept in memory, so that a
 * {@link MappingWalk} from each of them (a framework's 1,189 controls) reads storage once a step for all of them
 * rather than once a step for each. Walking from one of the starts over {@link #linksTouching} at most as deep as the
 * neighbourhood finds what walking over storage would.
 */
public final class MappingNeighbourhood {

    private final Map<ControlId, List<MappingLink>> byEnd;

    private MappingNeighbourhood(Map<ControlId, List<MappingLink>> byEnd) {
        this.byEnd = byEnd;
    }

    /**
     * Breadth first from all the starts together: one read of {@code mappingsTouching} per step, with the controls
     * first reached at the step before (a {@code no_relationship} mapping is kept but never followed).
     */
    public static MappingNeighbourhood around(Collection<ControlId> starts, int depth,
                                              Function<Set<ControlId>, List<MappingLink>> mappingsTouching) {
        Map<Long, MappingLink> links = new LinkedHashMap<>();
        Set<ControlId> reached = new HashSet<>(starts);
        Set<ControlId> ends = Set.copyOf(starts);
        for (int step = 1; step <= depth && !ends.isEmpty(); step++) {
            Set<ControlId> next = new HashSet<>();
            for (MappingLink link : mappingsTouching.apply(ends)) {
                links.putIfAbsent(link.id(), link);
                if (link.relationship().connects()) {
                    for (ControlId end : List.of(link.source(), link.target())) {
                        if (reached.add(end)) {
                            next.add(end);
                        }
                    }
                }
            }
            ends = Set.copyOf(next);
        }
        Map<ControlId, List<MappingLink>> byEnd = new HashMap<>();
        for (MappingLink link : links.values()) {
            byEnd.computeIfAbsent(link.source(), end -> new ArrayList<>()).add(link);
            if (!link.target().equals(link.source())) {
                byEnd.computeIfAbsent(link.target(), end -> new ArrayList<>()).add(link);
            }
        }
        return new MappingNeighbourhood(byEnd);
    }

    /** The kept mappings with an end among {@code controls}, each once: a {@link MappingWalk}'s read, from memory. */
    public List<MappingLink> linksTouching(Set<ControlId> controls) {
        Map<Long, MappingLink> found = new LinkedHashMap<>();
        controls.forEach(control -> byEnd.getOrDefault(control, List.of())
                .forEach(link -> found.putIfAbsent(link.id(), link)));
        return List.copyOf(found.values());
    }
}
