package io.aegis.domain.asset;

import static io.aegis.domain.asset.RelationshipType.CONNECTS_TO;
import static io.aegis.domain.asset.RelationshipType.DEPENDS_ON;
import static io.aegis.domain.asset.RelationshipType.HOSTS;
import static io.aegis.domain.asset.RelationshipType.PART_OF;
import static io.aegis.domain.asset.RelationshipType.RUNS_ON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetGraphTest {

    @Test
    void dependencies_are_followed_transitively_through_every_type_that_implies_one() {
        // app depends_on db; db runs_on vm; hypervisor hosts vm; disk part_of hypervisor; app connects_to cdn
        AssetGraph graph = AssetGraph.of(List.of(
                needs(1, 2), rel(2, 3, RUNS_ON), rel(4, 3, HOSTS), rel(5, 4, PART_OF), rel(1, 6, CONNECTS_TO)));

        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2), id(3), id(4), id(5));
        assertThat(graph.dependenciesOf(id(3))).containsExactly(id(4), id(5));
        assertThat(graph.dependenciesOf(id(5))).isEmpty();
        assertThat(graph.affectedBy(id(5))).containsExactly(id(4), id(3), id(2), id(1));
        assertThat(graph.affectedBy(id(6))).isEmpty();
        assertThat(graph.affectedBy(id(1))).isEmpty();
    }

    @Test
    void an_asset_without_relationships_has_no_dependencies_and_affects_nothing() {
        AssetGraph graph = AssetGraph.of(List.of(needs(1, 2)));

        assertThat(graph.dependenciesOf(id(99))).isEmpty();
        assertThat(graph.affectedBy(id(99))).isEmpty();
        assertThat(graph.criticalPathsFrom(id(99)).reachable()).isEmpty();
        assertThat(AssetGraph.of(List.of()).dependenciesOf(id(1))).isEmpty();
    }

    @Test
    void cycles_end_and_never_list_the_asset_asked_about() {
        AssetGraph graph = AssetGraph.of(List.of(critical(1, 2), critical(2, 3), critical(3, 1), critical(3, 4)));

        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2), id(3), id(4));
        assertThat(graph.dependenciesOf(id(2))).containsExactly(id(3), id(1), id(4));
        assertThat(graph.affectedBy(id(1))).containsExactly(id(3), id(2));
        assertThat(graph.affectedBy(id(4))).containsExactly(id(3), id(2), id(1));
        assertThat(graph.criticalPathsFrom(id(1)).pathTo(id(4))).contains(ids(1, 2, 3, 4));
    }

    @Test
    void a_two_way_dependency_is_a_cycle_too() {
        AssetGraph graph = AssetGraph.of(List.of(needs(1, 2), needs(2, 1)));

        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2));
        assertThat(graph.affectedBy(id(1))).containsExactly(id(2));
    }

    @Test
    void a_diamond_lists_the_shared_dependency_once_and_picks_the_path_with_the_smallest_ids() {
        // 1 needs 3 and 2; both need 4
        AssetGraph graph = AssetGraph.of(List.of(critical(1, 3), critical(1, 2), critical(3, 4), critical(2, 4)));

        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2), id(3), id(4));
        assertThat(graph.affectedBy(id(4))).containsExactly(id(2), id(3), id(1));
        assertThat(graph.criticalPathsFrom(id(1)).pathTo(id(4))).contains(ids(1, 2, 4));
    }

    @Test
    void disconnected_parts_do_not_reach_each_other() {
        AssetGraph graph = AssetGraph.of(List.of(needs(1, 2), needs(2, 3), needs(10, 11), needs(11, 12)));

        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2), id(3));
        assertThat(graph.dependenciesOf(id(10))).containsExactly(id(11), id(12));
        assertThat(graph.affectedBy(id(12))).containsExactly(id(11), id(10));
        assertThat(graph.criticalPathsFrom(id(1)).pathTo(id(12))).isEmpty();
    }

    @Test
    void answers_are_ordered_nearest_first_whatever_order_the_relationships_came_in() {
        List<AssetRelationship> relationships = new ArrayList<>(List.of(
                critical(1, 9), critical(1, 5), critical(5, 2), critical(9, 3), critical(1, 7), critical(7, 2)));
        AssetGraph forward = AssetGraph.of(relationships);
        Collections.reverse(relationships);
        AssetGraph backward = AssetGraph.of(relationships);

        assertThat(forward.dependenciesOf(id(1))).containsExactly(id(5), id(7), id(9), id(2), id(3));
        assertThat(backward.dependenciesOf(id(1))).containsExactly(id(5), id(7), id(9), id(2), id(3));
        assertThat(backward.criticalPathsFrom(id(1)).pathTo(id(2))).contains(ids(1, 5, 2));
    }

    @Test
    void critical_paths_follow_only_critical_dependencies_and_take_the_shortest() {
        AssetGraph graph = AssetGraph.of(List.of(
                critical(1, 2), critical(2, 3), critical(3, 4),   // long critical way to 4
                needs(1, 4),                                         // short but not critical
                critical(1, 5), critical(5, 4),                      // shorter critical way to 4
                needs(2, 6),                                         // 6 only by a non-critical edge
                rel(1, 7, CONNECTS_TO, true),                        // critical flag on a non-dependency
                rel(8, 3, HOSTS, true)));                            // 3 critically runs on 8

        CriticalPaths paths = graph.criticalPathsFrom(id(1));

        assertThat(paths.from()).isEqualTo(id(1));
        assertThat(paths.reachable()).containsExactly(id(2), id(5), id(3), id(4), id(8));
        assertThat(paths.pathTo(id(2))).contains(ids(1, 2));
        assertThat(paths.pathTo(id(4))).contains(ids(1, 5, 4));
        assertThat(paths.pathTo(id(8))).contains(ids(1, 2, 3, 8));
        assertThat(paths.pathTo(id(6))).isEmpty();
        assertThat(paths.pathTo(id(7))).isEmpty();
        assertThat(paths.pathTo(id(1))).contains(ids(1));
        assertThat(graph.dependenciesOf(id(1))).contains(id(6)).doesNotContain(id(7));
    }

    @Test
    void a_pair_linked_both_critically_and_not_is_a_critical_dependency() {
        AssetGraph graph = AssetGraph.of(List.of(needs(1, 2), critical(1, 2)));

        assertThat(graph.criticalPathsFrom(id(1)).pathTo(id(2))).contains(ids(1, 2));
        assertThat(graph.dependenciesOf(id(1))).containsExactly(id(2));
    }

    @Test
    void deep_chains_are_walked_without_recursion() {
        int length = 10_000;
        List<AssetRelationship> chain = new ArrayList<>();
        for (int i = 1; i < length; i++) {
            chain.add(critical(i, i + 1));
        }
        chain.add(critical(length, 1)); // and close it into one long cycle
        AssetGraph graph = AssetGraph.of(chain);

        assertThat(graph.dependenciesOf(id(1))).hasSize(length - 1).startsWith(id(2)).endsWith(id(length));
        assertThat(graph.affectedBy(id(1))).hasSize(length - 1).startsWith(id(length)).endsWith(id(2));
        CriticalPaths paths = graph.criticalPathsFrom(id(1));
        assertThat(paths.reachable()).hasSize(length - 1);
        List<AssetId> longest = paths.pathTo(id(length)).orElseThrow();
        assertThat(longest).hasSize(length).startsWith(id(1), id(2)).endsWith(id(length));
    }

    private static AssetId id(long value) {
        return new AssetId(value);
    }

    private static List<AssetId> ids(long... values) {
        return Arrays.stream(values).mapToObj(AssetId::new).toList();
    }

    private static AssetRelationship needs(long dependent, long provider) {
        return rel(dependent, provider, DEPENDS_ON);
    }

    private static AssetRelationship critical(long dependent, long provider) {
        return rel(dependent, provider, DEPENDS_ON, true);
    }

    private static AssetRelationship rel(long source, long target, RelationshipType type) {
        return rel(source, target, type, false);
    }

    private static AssetRelationship rel(long source, long target, RelationshipType type, boolean critical) {
        return new AssetRelationship(id(source), id(target), type, critical);
    }
}
