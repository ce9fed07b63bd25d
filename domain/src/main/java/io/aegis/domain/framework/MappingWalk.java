package io.aegis.domain.framework;

import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The controls a control reaches through mappings, in either direction, at most {@link #MAX_DEPTH} mappings away:
 * what {@code GET /controls/{id}/equivalents} answers. Breadth first, one read of the mappings per step (the caller's
 * {@code mappingsTouching}), so a control is reached by its shortest paths, and a cycle ends where it meets a
 * control already reached. Of several shortest paths to one control the walk keeps the most telling: the strongest
 * composed relationship, then the surest, then the strongest, then the lowest mapping ids (the same answer every
 * time). A {@code no_relationship} mapping is never crossed.
 */
public final class MappingWalk {

    /** Beyond a few mappings a composed relationship says little; the API's {@code depth} is at most this. */
    public static final int MAX_DEPTH = 5;

    private static final Comparator<MappingPath> MOST_TELLING_FIRST = Comparator
            .comparing(MappingPath::relationship, (a, b) -> a.moreTellingThan(b) ? -1 : b.moreTellingThan(a) ? 1 : 0)
            .thenComparing(path -> path.confidence().map(c -> -c.ordinal()).orElse(1))
            .thenComparing(path -> path.strength().map(s -> -s.value()).orElse(1))
            .thenComparing(MappingWalk::mappingIds, MappingWalk::lexicographic);

    private MappingWalk() {
    }

    /**
     * @param mappingsTouching the mappings with an end among the given controls, as stored
     * @return a path to every control reached, nearest first, then by control id
     */
    public static List<MappingPath> from(ControlId start, int depth,
                                         Function<Set<ControlId>, List<MappingLink>> mappingsTouching) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidValueException("depth", "must be between 1 and " + MAX_DEPTH);
        }
        Set<ControlId> reached = new HashSet<>(Set.of(start));
        Map<ControlId, MappingPath> frontier = new LinkedHashMap<>();
        List<MappingPath> found = new ArrayList<>();
        Set<ControlId> ends = Set.of(start);
        for (int step = 1; step <= depth && !ends.isEmpty(); step++) {
            Map<ControlId, MappingPath> best = new HashMap<>();
            for (MappingLink link : mappingsTouching.apply(ends)) {
                if (!link.relationship().connects()) {
                    continue;
                }
                for (ControlId from : List.of(link.source(), link.target())) {
                    if (!ends.contains(from)) {
                        continue;
                    }
                    MappingPath path = from.equals(start) ? MappingPath.of(link, start) : frontier.get(from).then(link);
                    if (!reached.contains(path.target())) {
                        best.merge(path.target(), path, (kept, other) ->
                                MOST_TELLING_FIRST.compare(kept, other) <= 0 ? kept : other);
                    }
                }
            }
            List<MappingPath> level = best.values().stream()
                    .sorted(Comparator.comparingLong(path -> path.target().value())).toList();
            found.addAll(level);
            frontier.clear();
            level.forEach(path -> frontier.put(path.target(), path));
            reached.addAll(frontier.keySet());
            ends = Set.copyOf(frontier.keySet());
        }
        return List.copyOf(found);
    }

    private static List<Long> mappingIds(MappingPath path) {
        return path.steps().stream().map(MappingPath.Step::mappingId).toList();
    }

    private static int lexicographic(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Long.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
