package io.aegis.domain.framework;

import static io.aegis.domain.framework.MappingRelationship.EQUAL;
import static io.aegis.domain.framework.MappingRelationship.EQUIVALENT;
import static io.aegis.domain.framework.MappingRelationship.INTERSECTS_WITH;
import static io.aegis.domain.framework.MappingRelationship.NO_RELATIONSHIP;
import static io.aegis.domain.framework.MappingRelationship.RELATED;
import static io.aegis.domain.framework.MappingRelationship.SUBSET_OF;
import static io.aegis.domain.framework.MappingRelationship.SUPERSET_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingWalkTest {

    private final List<MappingLink> stored = new ArrayList<>();
    private final List<Set<ControlId>> reads = new ArrayList<>();

    @Test
    void a_chain_composes_its_relationships_and_names_every_step() {
        map(1, EQUAL, 2);
        map(2, SUBSET_OF, 3);

        List<MappingPath> paths = walk(1, 5);

        assertThat(paths).extracting(path -> path.target().value()).containsExactly(2L, 3L);
        MappingPath toThree = paths.get(1);
        assertThat(toThree.relationship()).isEqualTo(SUBSET_OF);
        assertThat(toThree.coverage()).isEqualTo(Coverage.PARTIAL);
        assertThat(toThree.steps()).extracting(step -> step.from().value() + ">" + step.to().value())
                .containsExactly("1>2", "2>3");
        assertThat(paths.get(0).coverage()).isEqualTo(Coverage.FULL);
    }

    @Test
    void a_mapping_crossed_from_its_target_reads_as_its_inverse() {
        map(2, SUBSET_OF, 1);

        MappingPath path = walk(1, 5).get(0);

        assertThat(path.relationship()).as("1 contains 2").isEqualTo(SUPERSET_OF);
        assertThat(path.coverage()).isEqualTo(Coverage.FULL);
        assertThat(path.steps().get(0).from()).isEqualTo(new ControlId(1));
    }

    @Test
    void a_cycle_is_followed_once_and_the_start_is_never_a_result() {
        map(1, EQUIVALENT, 2);
        map(2, EQUIVALENT, 3);
        map(3, EQUIVALENT, 1);

        List<MappingPath> paths = walk(1, 5);

        assertThat(paths).extracting(path -> path.target().value()).containsExactly(2L, 3L);
        assertThat(paths).allSatisfy(path -> assertThat(path.length()).isEqualTo(1));
    }

    @Test
    void the_walk_stops_at_its_depth_and_reads_the_mappings_once_per_step() {
        for (int control = 1; control < 8; control++) {
            map(control, EQUAL, control + 1);
        }

        assertThat(walk(1, 3)).extracting(path -> path.target().value()).containsExactly(2L, 3L, 4L);
        assertThat(reads).hasSize(3);
        assertThat(reads.get(2)).containsExactly(new ControlId(3));
        assertThatThrownBy(() -> walk(1, MappingWalk.MAX_DEPTH + 1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("depth"));
        assertThatThrownBy(() -> walk(1, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void no_relationship_is_never_crossed() {
        map(1, NO_RELATIONSHIP, 2);
        map(2, EQUAL, 3);

        assertThat(walk(1, 5)).isEmpty();
    }

    @Test
    void of_two_shortest_paths_the_most_telling_is_kept() {
        map(1, RELATED, 2);
        map(2, EQUAL, 4);
        map(1, EQUAL, 3);
        map(3, SUPERSET_OF, 4);

        MappingPath toFour = walk(1, 5).stream().filter(path -> path.target().value() == 4).findFirst().orElseThrow();

        assertThat(toFour.relationship()).isEqualTo(SUPERSET_OF);
        assertThat(toFour.steps()).extracting(step -> step.to().value()).containsExactly(3L, 4L);
    }

    @Test
    void a_nearer_path_wins_over_a_more_telling_longer_one() {
        map(1, INTERSECTS_WITH, 3);
        map(1, EQUAL, 2);
        map(2, EQUAL, 3);

        MappingPath toThree = walk(1, 5).stream().filter(path -> path.target().value() == 3).findFirst().orElseThrow();

        assertThat(toThree.relationship()).isEqualTo(INTERSECTS_WITH);
        assertThat(toThree.length()).isEqualTo(1);
    }

    @Test
    void ties_go_to_the_surer_then_the_stronger_then_the_lower_mapping_ids() {
        link(10, 1, EQUAL, 2, MappingConfidence.LOW, 9);
        link(11, 2, EQUAL, 4, MappingConfidence.HIGH, 9);
        link(12, 1, EQUAL, 3, MappingConfidence.HIGH, 9);
        link(13, 3, EQUAL, 4, MappingConfidence.HIGH, 4);

        MappingPath toFour = target(walk(1, 5), 4);
        assertThat(toFour.confidence()).as("the surer path, through 3").contains(MappingConfidence.HIGH);
        assertThat(toFour.strength()).contains(new MappingStrength(4));

        stored.clear();
        link(20, 1, EQUAL, 2, MappingConfidence.HIGH, 3);
        link(21, 2, EQUAL, 4, MappingConfidence.HIGH, 3);
        link(22, 1, EQUAL, 3, MappingConfidence.HIGH, 8);
        link(23, 3, EQUAL, 4, MappingConfidence.HIGH, 8);
        assertThat(target(walk(1, 5), 4).steps()).extracting(MappingPath.Step::mappingId).containsExactly(22L, 23L);

        stored.clear();
        link(31, 1, EQUAL, 3, MappingConfidence.HIGH, 5);
        link(32, 3, EQUAL, 4, MappingConfidence.HIGH, 5);
        link(30, 1, EQUAL, 2, MappingConfidence.HIGH, 5);
        link(33, 2, EQUAL, 4, MappingConfidence.HIGH, 5);
        assertThat(target(walk(1, 5), 4).steps()).extracting(MappingPath.Step::mappingId).containsExactly(30L, 33L);
    }

    @Test
    void a_path_is_as_sure_and_as_strong_as_its_weakest_step_and_unknown_if_a_step_does_not_say() {
        link(1, 1, EQUAL, 2, MappingConfidence.HIGH, 8);
        link(2, 2, EQUAL, 3, MappingConfidence.MEDIUM, 6);
        stored.add(new MappingLink(3, new ControlId(3), new ControlId(4), EQUAL, Optional.empty(), Optional.empty()));

        List<MappingPath> paths = walk(1, 5);

        assertThat(target(paths, 3).confidence()).contains(MappingConfidence.MEDIUM);
        assertThat(target(paths, 3).strength()).contains(new MappingStrength(6));
        assertThat(target(paths, 4).confidence()).isEmpty();
        assertThat(target(paths, 4).strength()).isEmpty();
    }

    @Test
    void strength_is_one_to_ten() {
        assertThatThrownBy(() -> new MappingStrength(0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("strength"));
        assertThatThrownBy(() -> new MappingStrength(11)).isInstanceOf(InvalidValueException.class);
    }

    private List<MappingPath> walk(long start, int depth) {
        reads.clear();
        return MappingWalk.from(new ControlId(start), depth, ends -> {
            reads.add(ends);
            return stored.stream().filter(link -> ends.contains(link.source()) || ends.contains(link.target()))
                    .toList();
        });
    }

    private void map(long source, MappingRelationship relationship, long target) {
        stored.add(new MappingLink(stored.size() + 1, new ControlId(source), new ControlId(target), relationship,
                Optional.empty(), Optional.empty()));
    }

    private void link(long id, long source, MappingRelationship relationship, long target,
                      MappingConfidence confidence, int strength) {
        stored.add(new MappingLink(id, new ControlId(source), new ControlId(target), relationship,
                Optional.of(confidence), Optional.of(new MappingStrength(strength))));
    }

    private static MappingPath target(List<MappingPath> paths, long control) {
        return paths.stream().filter(path -> path.target().value() == control).findFirst().orElseThrow();
    }
}
