package io.aegis.domain.compliance;

import static io.aegis.domain.assessment.ImplementationStatus.IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_APPLICABLE;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_ASSESSED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.Coverage;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingPath;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MappedInferenceTest {

    private static final ControlId WANTED = new ControlId(1);
    private static final ControlId ASSESSED = new ControlId(2);

    /** Every relationship a path may compose to, with what the assessed control's implementation meets of C. */
    static Stream<Arguments> coverages() {
        return Stream.of(
                Arguments.of(MappingRelationship.EQUAL, Coverage.FULL),
                Arguments.of(MappingRelationship.EQUIVALENT, Coverage.FULL),
                Arguments.of(MappingRelationship.SUBSET_OF, Coverage.FULL),
                Arguments.of(MappingRelationship.SUPERSET_OF, Coverage.PARTIAL),
                Arguments.of(MappingRelationship.INTERSECTS_WITH, Coverage.PARTIAL),
                Arguments.of(MappingRelationship.RELATED, Coverage.PARTIAL));
    }

    @ParameterizedTest(name = "C {0} X: X covers C {1}")
    @MethodSource("coverages")
    void coverage_is_what_the_assessed_control_meets_of_the_wanted_one(MappingRelationship relationship,
                                                                       Coverage expected) {
        assertThat(MappedInference.coverage(path(relationship))).isEqualTo(expected);
    }

    static Stream<Arguments> statuses() {
        List<Arguments> cases = new ArrayList<>();
        coverages().forEach(coverage -> {
            MappingRelationship relationship = (MappingRelationship) coverage.get()[0];
            boolean full = coverage.get()[1] == Coverage.FULL;
            cases.add(Arguments.of(relationship, IMPLEMENTED, Optional.of(full ? IMPLEMENTED : PARTIALLY_IMPLEMENTED)));
            cases.add(Arguments.of(relationship, PARTIALLY_IMPLEMENTED, Optional.of(PARTIALLY_IMPLEMENTED)));
            cases.add(Arguments.of(relationship, NOT_IMPLEMENTED, Optional.of(NOT_IMPLEMENTED)));
            cases.add(Arguments.of(relationship, NOT_APPLICABLE, Optional.empty()));
            cases.add(Arguments.of(relationship, NOT_ASSESSED, Optional.empty()));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "C {0} X, X {1}: C {2}")
    @MethodSource("statuses")
    void a_status_carries_over_capped_at_partially_implemented_by_partial_coverage(
            MappingRelationship relationship, ImplementationStatus found, Optional<ImplementationStatus> inferred) {
        Optional<ControlPosture> posture = MappedInference.infer(path(relationship), evidence(7, ASSESSED, found));

        assertThat(posture.map(ControlPosture::status)).isEqualTo(inferred);
        posture.ifPresent(it -> {
            assertThat(it.control()).isEqualTo(WANTED);
            assertThat(it.source()).isEqualTo(PostureSource.INFERRED);
            assertThat(it.coverage()).contains(MappedInference.coverage(path(relationship)));
            assertThat(it.evidence().orElseThrow().assessment()).isEqualTo(new AssessmentId(7));
        });
    }

    @Test
    void partial_coverage_never_infers_more_than_partially_implemented() {
        for (MappingRelationship relationship : connecting()) {
            for (ImplementationStatus found : ImplementationStatus.values()) {
                MappedInference.infer(path(relationship), evidence(1, ASSESSED, found))
                        .filter(posture -> posture.coverage().orElseThrow() == Coverage.PARTIAL)
                        .ifPresent(posture -> assertThat(posture.status()).isNotEqualTo(IMPLEMENTED));
            }
        }
    }

    @Test
    void reading_a_composed_path_backwards_is_composing_the_inverses_backwards() {
        // why the coverage of a walked path may be read from its composed relationship's inverse
        for (MappingRelationship first : connecting()) {
            for (MappingRelationship second : connecting()) {
                assertThat(first.then(second).inverse())
                        .as("(%s then %s) backwards", first, second)
                        .isEqualTo(second.inverse().then(first.inverse()));
            }
        }
    }

    @Test
    void the_effectiveness_found_is_carried_along() {
        EvaluatedControl found = new EvaluatedControl(new AssessmentId(1), ASSESSED, IMPLEMENTED,
                Optional.of(Effectiveness.PARTIALLY_EFFECTIVE));

        assertThat(MappedInference.infer(path(MappingRelationship.EQUAL), found).orElseThrow().effectiveness())
                .contains(Effectiveness.PARTIALLY_EFFECTIVE);
    }

    @Test
    void evidence_of_another_control_than_the_path_reaches_is_refused() {
        assertThatThrownBy(() -> MappedInference.infer(path(MappingRelationship.EQUAL),
                evidence(1, new ControlId(9), IMPLEMENTED))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_several_the_best_is_full_coverage_then_shortest_then_most_telling_then_least_favourable_then_lowest_ids() {
        ControlPosture fullLong = infer(chain(MappingRelationship.EQUAL, MappingRelationship.EQUAL), 3, IMPLEMENTED, 1);
        ControlPosture partialShort = infer(chain(MappingRelationship.SUPERSET_OF), 2, IMPLEMENTED, 1);
        ControlPosture fullShortEquivalent = infer(chain(MappingRelationship.EQUIVALENT), 2, IMPLEMENTED, 1);
        ControlPosture fullShortEqualImplemented = infer(chain(MappingRelationship.EQUAL), 2, IMPLEMENTED, 1);
        ControlPosture fullShortEqualNot = infer(chain(MappingRelationship.EQUAL), 2, NOT_IMPLEMENTED, 5);
        ControlPosture fullShortEqualNotOlder = infer(chain(MappingRelationship.EQUAL), 2, NOT_IMPLEMENTED, 4);

        List<ControlPosture> sorted = Stream.of(partialShort, fullLong, fullShortEquivalent,
                fullShortEqualImplemented, fullShortEqualNot, fullShortEqualNotOlder)
                .sorted(MappedInference.BEST_FIRST).toList();

        assertThat(sorted).containsExactly(fullShortEqualNotOlder, fullShortEqualNot, fullShortEqualImplemented,
                fullShortEquivalent, fullLong, partialShort);
    }

    private static ControlPosture infer(MappingPath path, long assessedControl, ImplementationStatus status,
                                        long assessment) {
        return MappedInference.infer(path, evidence(assessment, new ControlId(assessedControl), status))
                .orElseThrow();
    }

    private static List<MappingRelationship> connecting() {
        return Arrays.stream(MappingRelationship.values()).filter(MappingRelationship::connects).toList();
    }

    private static EvaluatedControl evidence(long assessment, ControlId control, ImplementationStatus status) {
        return new EvaluatedControl(new AssessmentId(assessment), control, status, Optional.empty());
    }

    private static MappingPath path(MappingRelationship relationship) {
        return chain(relationship);
    }

    /** A path from control 1 through 10, 11, ... ending at control 2 (one relationship) or 3 (two), as walked. */
    private static MappingPath chain(MappingRelationship... relationships) {
        List<MappingLink> links = new ArrayList<>();
        long from = WANTED.value();
        for (int i = 0; i < relationships.length; i++) {
            long to = i == relationships.length - 1 ? relationships.length + 1 : 10 + i;
            links.add(new MappingLink(100 + i, new ControlId(from), new ControlId(to), relationships[i],
                    Optional.empty(), Optional.empty()));
            from = to;
        }
        List<MappingPath> paths = MappingWalk.from(WANTED, relationships.length, ends -> links.stream()
                .filter(link -> ends.contains(link.source()) || ends.contains(link.target())).toList());
        return paths.get(paths.size() - 1);
    }
}
