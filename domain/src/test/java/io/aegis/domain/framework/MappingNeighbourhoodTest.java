package io.aegis.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class MappingNeighbourhoodTest {

    @RepeatedTest(50)
    void a_walk_from_any_start_over_the_neighbourhood_finds_what_a_walk_over_storage_finds(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        List<MappingLink> stored = randomMappings(random, 40, 60);
        Function<Set<ControlId>, List<MappingLink>> storage = touching(stored);
        List<ControlId> starts = LongStream.rangeClosed(1, 10).mapToObj(ControlId::new).toList();
        int depth = 1 + random.nextInt(MappingWalk.MAX_DEPTH);

        MappingNeighbourhood neighbourhood = MappingNeighbourhood.around(starts, depth, storage);

        for (ControlId start : starts) {
            assertThat(MappingWalk.from(start, depth, neighbourhood::linksTouching))
                    .as("from %s, %d deep", start, depth)
                    .isEqualTo(MappingWalk.from(start, depth, storage));
        }
    }

    @Test
    void storage_is_read_once_a_step_for_all_the_starts_together() {
        List<Set<ControlId>> reads = new ArrayList<>();
        List<MappingLink> stored = List.of(link(1, 1, 2), link(2, 2, 3), link(3, 3, 4), link(4, 5, 6),
                link(5, 6, 7));
        MappingNeighbourhood.around(List.of(new ControlId(1), new ControlId(5)), 5, ends -> {
            reads.add(ends);
            return touching(stored).apply(ends);
        });

        assertThat(reads).containsExactly(Set.of(new ControlId(1), new ControlId(5)),
                Set.of(new ControlId(2), new ControlId(6)), Set.of(new ControlId(3), new ControlId(7)),
                Set.of(new ControlId(4)));
    }

    @Test
    void a_no_relationship_mapping_is_not_followed_and_nothing_beyond_the_depth_is_read() {
        List<Set<ControlId>> reads = new ArrayList<>();
        List<MappingLink> stored = List.of(new MappingLink(1, new ControlId(1), new ControlId(2),
                MappingRelationship.NO_RELATIONSHIP, Optional.empty(), Optional.empty()), link(2, 1, 3), link(3, 3, 4));

        MappingNeighbourhood neighbourhood = MappingNeighbourhood.around(List.of(new ControlId(1)), 1, ends -> {
            reads.add(ends);
            return touching(stored).apply(ends);
        });

        assertThat(reads).containsExactly(Set.of(new ControlId(1)));
        assertThat(neighbourhood.linksTouching(Set.of(new ControlId(3)))).extracting(MappingLink::id)
                .containsExactly(2L);
    }

    private static List<MappingLink> randomMappings(Random random, int controls, int mappings) {
        List<MappingLink> stored = new ArrayList<>();
        MappingRelationship[] relationships = MappingRelationship.values();
        for (int id = 1; id <= mappings; id++) {
            long source = 1 + random.nextInt(controls);
            long target = 1 + random.nextInt(controls);
            if (source != target) {
                stored.add(new MappingLink(id, new ControlId(source), new ControlId(target),
                        relationships[random.nextInt(relationships.length)], Optional.empty(), Optional.empty()));
            }
        }
        return stored;
    }

    private static MappingLink link(long id, long source, long target) {
        return new MappingLink(id, new ControlId(source), new ControlId(target), MappingRelationship.EQUAL,
                Optional.empty(), Optional.empty());
    }

    private static Function<Set<ControlId>, List<MappingLink>> touching(List<MappingLink> stored) {
        return ends -> stored.stream()
                .filter(link -> ends.contains(link.source()) || ends.contains(link.target())).toList();
    }
}
