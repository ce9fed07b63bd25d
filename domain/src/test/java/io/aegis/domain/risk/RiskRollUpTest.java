package io.aegis.domain.risk;

import static io.aegis.domain.asset.RelationshipType.CONNECTS_TO;
import static io.aegis.domain.asset.RelationshipType.DEPENDS_ON;
import static io.aegis.domain.asset.RelationshipType.HOSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.asset.AssetGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.CriticalPaths;
import io.aegis.domain.asset.RelationshipType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRollUpTest {

    // 1 (app) critically depends_on 2 (db); 3 (hypervisor) critically hosts 2; 1 depends_on 4 (cache), not critical;
    // 1 connects_to 5 (cdn), no dependency at all
    private static final CriticalPaths FROM_APP = AssetGraph.of(List.of(
            rel(1, 2, DEPENDS_ON, true), rel(3, 2, HOSTS, true), rel(1, 4, DEPENDS_ON, false),
            rel(1, 5, CONNECTS_TO, true))).criticalPathsFrom(id(1));

    @Test
    void the_worst_risk_over_critical_dependencies_is_the_highest_and_names_its_path() {
        RiskRollUp rollUp = RiskRollUp.over(FROM_APP, List.of(
                risk(10, 1, RiskLevel.MEDIUM, 6), risk(11, 3, RiskLevel.CRITICAL, 20), risk(12, 2, RiskLevel.HIGH, 12)));

        assertThat(rollUp.asset()).isEqualTo(id(1));
        assertThat(rollUp.highest()).hasValueSatisfying(highest -> {
            assertThat(highest.exposed().risk()).isEqualTo(new RiskId(11));
            assertThat(highest.path()).containsExactly(id(1), id(2), id(3));
            assertThat(highest.distance()).isEqualTo(2);
        });
        assertThat(rollUp.risks()).extracting(carried -> carried.exposed().risk().value()).containsExactly(11L, 12L, 10L);
        assertThat(rollUp.risks().get(2).path()).containsExactly(id(1));
        assertThat(rollUp.countsByLevel()).isEqualTo(Map.of(RiskLevel.LOW, 0L, RiskLevel.MEDIUM, 1L,
                RiskLevel.HIGH, 1L, RiskLevel.CRITICAL, 1L));
    }

    @Test
    void equal_levels_order_by_score_then_by_the_nearer_asset_then_by_id() {
        RiskRollUp rollUp = RiskRollUp.over(FROM_APP, List.of(
                risk(20, 3, RiskLevel.HIGH, 12), risk(21, 2, RiskLevel.HIGH, 12), risk(22, 3, RiskLevel.HIGH, 15),
                risk(19, 2, RiskLevel.HIGH, 12)));

        assertThat(rollUp.risks()).extracting(carried -> carried.exposed().risk().value())
                .containsExactly(22L, 19L, 21L, 20L);
    }

    @Test
    void a_cycle_of_critical_dependencies_rolls_up_each_risk_once() {
        // 1 -> 2 -> 3 -> 1, all critical
        CriticalPaths cycle = AssetGraph.of(List.of(rel(1, 2, DEPENDS_ON, true), rel(2, 3, DEPENDS_ON, true),
                rel(3, 1, DEPENDS_ON, true))).criticalPathsFrom(id(2));

        RiskRollUp rollUp = RiskRollUp.over(cycle, List.of(risk(1, 1, RiskLevel.LOW, 2), risk(2, 2, RiskLevel.LOW, 1)));

        assertThat(rollUp.risks()).hasSize(2);
        assertThat(rollUp.highest().orElseThrow().path()).containsExactly(id(2), id(3), id(1));
    }

    @Test
    void nothing_reaching_the_asset_means_no_highest_risk() {
        RiskRollUp rollUp = RiskRollUp.over(FROM_APP, List.of());

        assertThat(rollUp.highest()).isEmpty();
        assertThat(rollUp.countsByLevel().values()).containsOnly(0L);
    }

    @Test
    void a_risk_on_an_asset_reached_only_without_a_critical_dependency_is_a_caller_error() {
        assertThatThrownBy(() -> RiskRollUp.over(FROM_APP, List.of(risk(1, 4, RiskLevel.LOW, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asset 4");
        assertThatThrownBy(() -> RiskRollUp.over(FROM_APP, List.of(risk(1, 5, RiskLevel.LOW, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assets_rank_by_their_worst_risk_then_by_how_many_risks_reach_them_then_by_id() {
        // 1 (app) critically depends on 2 (db), hosted critically by 3; 6 and 7 stand alone
        AssetGraph graph = AssetGraph.of(List.of(rel(1, 2, DEPENDS_ON, true), rel(3, 2, HOSTS, true)));
        ExposedRisk onDb = risk(30, 2, RiskLevel.CRITICAL, 20);
        ExposedRisk onApp = risk(31, 1, RiskLevel.LOW, 2);
        RiskRollUp app = RiskRollUp.over(graph.criticalPathsFrom(id(1)), List.of(onDb, onApp));
        RiskRollUp db = RiskRollUp.over(graph.criticalPathsFrom(id(2)), List.of(onDb));
        RiskRollUp high = RiskRollUp.over(graph.criticalPathsFrom(id(6)), List.of(risk(32, 6, RiskLevel.HIGH, 16)));
        RiskRollUp twoHigh = RiskRollUp.over(graph.criticalPathsFrom(id(7)), List.of(risk(33, 7, RiskLevel.HIGH, 16),
                risk(34, 7, RiskLevel.LOW, 1)));
        RiskRollUp quiet = RiskRollUp.over(graph.criticalPathsFrom(id(3)), List.of());

        // db carries the critical risk itself, app through db; 7 and 6 tie on their worst risk, 7 has more
        assertThat(List.of(quiet, high, app, twoHigh, db).stream().sorted(RiskRollUp.MOST_EXPOSED_FIRST)
                .map(rollUp -> rollUp.asset().value())).containsExactly(2L, 1L, 7L, 6L, 3L);
    }

    private static ExposedRisk risk(long risk, long asset, RiskLevel level, double score) {
        return new ExposedRisk(new RiskId(risk), id(asset), level, score);
    }

    private static AssetRelationship rel(long source, long target, RelationshipType type, boolean critical) {
        return new AssetRelationship(id(source), id(target), type, critical);
    }

    private static AssetId id(long value) {
        return new AssetId(value);
    }
}
