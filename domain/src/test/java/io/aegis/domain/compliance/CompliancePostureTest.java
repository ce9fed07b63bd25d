package io.aegis.domain.compliance;

import static io.aegis.domain.assessment.ImplementationStatus.IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_APPLICABLE;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_ASSESSED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentScoring;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.Coverage;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingRelationship;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Framework A: family 1 (a group) holding controls 2 and 3, control 3 holding enhancement 4; family 5 (a group)
 * holding control 6 and the inactive 7; control 8 at the top on its own. Framework B's controls are 20 and up.
 */
class CompliancePostureTest {

    private static final long OWN = 1;
    private static final long OTHER = 2;

    private final List<MappingLink> mappings = new ArrayList<>();
    private final List<Set<ControlId>> reads = new ArrayList<>();
    private final List<EvaluatedControl> own = new ArrayList<>();
    private final List<EvaluatedControl> elsewhere = new ArrayList<>();

    private static final List<CatalogNode> CATALOG = List.of(
            node(1, null, true, true), node(2, 1L, false, true), node(3, 1L, false, true), node(4, 3L, false, true),
            node(5, null, true, true), node(6, 5L, false, true), node(7, 5L, false, false),
            node(8, null, false, true));

    @Test
    void without_any_assessment_every_control_is_not_assessed_in_its_family_and_no_mapping_is_read() {
        map(2, MappingRelationship.EQUAL, 20);

        CompliancePosture posture = assess();

        assertThat(posture.families()).extracting(family -> family.family().value()).containsExactly(1L, 5L, 8L);
        assertThat(posture.families().get(0).controls()).extracting(control -> control.control().value())
                .as("groups are never assessed, enhancements count in their family").containsExactly(2L, 3L, 4L);
        assertThat(posture.families().get(1).controls()).extracting(control -> control.control().value())
                .as("inactive controls are left out").containsExactly(6L);
        assertThat(posture.controls()).allSatisfy(control -> {
            assertThat(control.status()).isEqualTo(NOT_ASSESSED);
            assertThat(control.source()).isEqualTo(PostureSource.NONE);
        });
        assertThat(posture.overall().controls()).isEqualTo(5);
        assertThat(posture.overall().notAssessed()).isEqualTo(5);
        assertThat(posture.overall().score().overallScore()).isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void the_own_assessment_decides_and_another_framework_fills_what_it_left_not_assessed() {
        found(own, OWN, 2, NOT_IMPLEMENTED);
        found(own, OWN, 3, NOT_ASSESSED);
        found(elsewhere, OTHER, 20, IMPLEMENTED);
        found(elsewhere, OTHER, 21, IMPLEMENTED);
        map(2, MappingRelationship.EQUAL, 20);
        map(3, MappingRelationship.EQUAL, 21);

        CompliancePosture posture = assess();

        ControlPosture two = control(posture, 2);
        assertThat(two.source()).isEqualTo(PostureSource.DIRECT);
        assertThat(two.status()).as("the direct evaluation wins over the inferred one").isEqualTo(NOT_IMPLEMENTED);
        assertThat(two.path()).isEmpty();
        ControlPosture three = control(posture, 3);
        assertThat(three.source()).isEqualTo(PostureSource.INFERRED);
        assertThat(three.status()).isEqualTo(IMPLEMENTED);
        assertThat(three.coverage()).contains(Coverage.FULL);
        assertThat(three.evidence().orElseThrow().assessment()).isEqualTo(new AssessmentId(OTHER));
        assertThat(three.path().orElseThrow().steps()).extracting(step -> step.from().value() + ">" + step.to().value())
                .containsExactly("3>21");
    }

    @Test
    void a_direct_not_applicable_stands_and_leaves_the_score() {
        found(own, OWN, 2, NOT_APPLICABLE);
        found(own, OWN, 3, IMPLEMENTED);

        CompliancePosture posture = assess();

        assertThat(control(posture, 2).source()).isEqualTo(PostureSource.DIRECT);
        assertThat(posture.families().get(0).tally().score().overallScore()).contains(new BigDecimal("100.00"));
    }

    @Test
    void inference_follows_paths_through_other_frameworks_and_partial_coverage_caps_the_status() {
        found(elsewhere, OTHER, 30, IMPLEMENTED);
        found(elsewhere, OTHER, 31, IMPLEMENTED);
        map(2, MappingRelationship.EQUIVALENT, 25);   // 25 belongs to a third framework nobody assessed
        map(25, MappingRelationship.SUBSET_OF, 30);
        map(6, MappingRelationship.SUPERSET_OF, 31);

        CompliancePosture posture = assess();

        ControlPosture two = control(posture, 2);
        assertThat(two.status()).isEqualTo(IMPLEMENTED);
        assertThat(two.coverage()).contains(Coverage.FULL);
        assertThat(two.path().orElseThrow().length()).isEqualTo(2);
        ControlPosture six = control(posture, 6);
        assertThat(six.status()).as("31 meets part of 6").isEqualTo(PARTIALLY_IMPLEMENTED);
        assertThat(six.coverage()).contains(Coverage.PARTIAL);
    }

    @Test
    void of_two_frameworks_disagreeing_the_full_coverage_path_wins_over_the_shorter_partial_one() {
        found(elsewhere, OTHER, 30, NOT_IMPLEMENTED);
        found(elsewhere, 3, 40, IMPLEMENTED);
        map(2, MappingRelationship.INTERSECTS_WITH, 30);
        map(2, MappingRelationship.EQUAL, 26);
        map(26, MappingRelationship.EQUAL, 40);

        ControlPosture two = control(assess(), 2);

        assertThat(two.status()).isEqualTo(IMPLEMENTED);
        assertThat(two.evidence().orElseThrow().assessment()).isEqualTo(new AssessmentId(3));
    }

    @Test
    void evidence_beyond_the_depth_is_not_found_and_storage_is_read_at_most_once_a_step() {
        found(elsewhere, OTHER, 33, IMPLEMENTED);
        map(2, MappingRelationship.EQUAL, 31);
        map(31, MappingRelationship.EQUAL, 32);
        map(32, MappingRelationship.EQUAL, 33);

        CompliancePosture shallow = CompliancePosture.assess(CATALOG, own, elsewhere, 2, this::touching);
        int shallowReads = reads.size();
        CompliancePosture deep = CompliancePosture.assess(CATALOG, own, elsewhere, 3, this::touching);

        assertThat(control(shallow, 2).source()).isEqualTo(PostureSource.NONE);
        assertThat(control(deep, 2).source()).isEqualTo(PostureSource.INFERRED);
        assertThat(shallowReads).isLessThanOrEqualTo(2);
        assertThat(reads.size() - shallowReads).isLessThanOrEqualTo(3);
    }

    @Test
    void a_control_mapped_only_to_not_applicable_or_not_assessed_controls_stays_not_assessed() {
        found(elsewhere, OTHER, 20, NOT_APPLICABLE);
        found(elsewhere, OTHER, 21, NOT_ASSESSED);
        map(2, MappingRelationship.EQUAL, 20);
        map(2, MappingRelationship.EQUAL, 21);

        assertThat(control(assess(), 2).source()).isEqualTo(PostureSource.NONE);
    }

    @Test
    void counts_and_scores_are_those_assessment_scoring_gives_the_same_statuses() {
        own.add(new EvaluatedControl(new AssessmentId(OWN), new ControlId(2), IMPLEMENTED,
                Optional.of(Effectiveness.PARTIALLY_EFFECTIVE)));
        found(own, OWN, 6, NOT_IMPLEMENTED);
        found(elsewhere, OTHER, 20, PARTIALLY_IMPLEMENTED);
        found(elsewhere, OTHER, 21, IMPLEMENTED);
        map(3, MappingRelationship.EQUAL, 20);
        map(4, MappingRelationship.RELATED, 21);

        CompliancePosture posture = assess();

        PostureTally first = posture.families().get(0).tally();
        assertThat(first.controls()).isEqualTo(3);
        assertThat(first.direct()).isEqualTo(1);
        assertThat(first.inferred()).isEqualTo(2);
        assertThat(first.notAssessed()).isZero();
        assertThat(first.score().counts().get(PARTIALLY_IMPLEMENTED)).isEqualTo(2);
        // implemented x partially effective (0.75) + two partially implemented (0.5 each) over three
        assertThat(first.score().overallScore()).contains(new BigDecimal("58.33"));
        assertThat(first.score()).isEqualTo(AssessmentScoring.scoreEvaluations(List.of(
                evaluation(IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE), evaluation(PARTIALLY_IMPLEMENTED, null),
                evaluation(PARTIALLY_IMPLEMENTED, null))));
        PostureTally overall = posture.overall();
        assertThat(overall.controls()).isEqualTo(5);
        assertThat(overall.direct()).isEqualTo(2);
        assertThat(overall.inferred()).isEqualTo(2);
        assertThat(overall.notAssessed()).isEqualTo(1);
        assertThat(overall.score().coverage()).contains(new BigDecimal("0.8000"));
    }

    @Test
    void two_evaluations_of_one_control_are_refused() {
        found(elsewhere, OTHER, 20, IMPLEMENTED);
        found(elsewhere, 3, 20, NOT_IMPLEMENTED);

        assertThatThrownBy(this::assess).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_catalog_whose_parent_is_missing_is_refused() {
        assertThatThrownBy(() -> CompliancePosture.assess(List.of(node(2, 99L, false, true)), List.of(), List.of(),
                3, this::touching)).isInstanceOf(IllegalArgumentException.class);
    }

    private CompliancePosture assess() {
        return CompliancePosture.assess(CATALOG, own, elsewhere, 3, this::touching);
    }

    private List<MappingLink> touching(Set<ControlId> ends) {
        reads.add(ends);
        return mappings.stream().filter(link -> ends.contains(link.source()) || ends.contains(link.target()))
                .toList();
    }

    private void map(long source, MappingRelationship relationship, long target) {
        mappings.add(new MappingLink(mappings.size() + 1, new ControlId(source), new ControlId(target), relationship,
                Optional.empty(), Optional.empty()));
    }

    private static void found(List<EvaluatedControl> into, long assessment, long control, ImplementationStatus status) {
        into.add(new EvaluatedControl(new AssessmentId(assessment), new ControlId(control), status, Optional.empty()));
    }

    private static ControlPosture control(CompliancePosture posture, long id) {
        return posture.controls().stream().filter(control -> control.control().value() == id).findFirst()
                .orElseThrow();
    }

    private static ControlEvaluation evaluation(ImplementationStatus status, Effectiveness effectiveness) {
        return new ControlEvaluation(status, effectiveness, null, null, null, null, null, null);
    }

    private static CatalogNode node(long id, Long parent, boolean group, boolean active) {
        return new CatalogNode(new ControlId(id), Optional.ofNullable(parent).map(ControlId::new), group, active);
    }
}
