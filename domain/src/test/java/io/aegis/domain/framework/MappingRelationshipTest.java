package io.aegis.domain.framework;

import static io.aegis.domain.framework.MappingRelationship.EQUAL;
import static io.aegis.domain.framework.MappingRelationship.EQUIVALENT;
import static io.aegis.domain.framework.MappingRelationship.INTERSECTS_WITH;
import static io.aegis.domain.framework.MappingRelationship.NO_RELATIONSHIP;
import static io.aegis.domain.framework.MappingRelationship.RELATED;
import static io.aegis.domain.framework.MappingRelationship.SUBSET_OF;
import static io.aegis.domain.framework.MappingRelationship.SUPERSET_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingRelationshipTest {

    private static final List<MappingRelationship> CONNECTING = Arrays.stream(MappingRelationship.values())
            .filter(MappingRelationship::connects).toList();

    /** Row: the first mapping of a path; column: the second, in the order of {@link #CONNECTING}. */
    private static final MappingRelationship[][] COMPOSED = {
            // then:     EQUAL,           EQUIVALENT,      SUPERSET_OF,     SUBSET_OF,       INTERSECTS_WITH, RELATED
            /* EQUAL */ {EQUAL, EQUIVALENT, SUPERSET_OF, SUBSET_OF, INTERSECTS_WITH, RELATED},
            /* EQUIV */ {EQUIVALENT, EQUIVALENT, SUPERSET_OF, SUBSET_OF, INTERSECTS_WITH, RELATED},
            /* SUPER */ {SUPERSET_OF, SUPERSET_OF, SUPERSET_OF, INTERSECTS_WITH, INTERSECTS_WITH, RELATED},
            /* SUBSE */ {SUBSET_OF, SUBSET_OF, RELATED, SUBSET_OF, INTERSECTS_WITH, RELATED},
            /* INTER */ {INTERSECTS_WITH, INTERSECTS_WITH, INTERSECTS_WITH, INTERSECTS_WITH, INTERSECTS_WITH, RELATED},
            /* RELAT */ {RELATED, RELATED, RELATED, RELATED, RELATED, RELATED},
    };

    @Test
    void every_pair_of_connecting_relationships_composes_as_the_table_says() {
        assertThat(CONNECTING).containsExactly(EQUAL, EQUIVALENT, SUPERSET_OF, SUBSET_OF, INTERSECTS_WITH, RELATED);
        for (int first = 0; first < CONNECTING.size(); first++) {
            for (int second = 0; second < CONNECTING.size(); second++) {
                assertThat(CONNECTING.get(first).then(CONNECTING.get(second)))
                        .as("%s then %s", CONNECTING.get(first), CONNECTING.get(second))
                        .isEqualTo(COMPOSED[first][second]);
            }
        }
    }

    @Test
    void composing_never_says_more_than_either_part() {
        for (MappingRelationship first : CONNECTING) {
            for (MappingRelationship second : CONNECTING) {
                MappingRelationship composed = first.then(second);
                assertThat(composed.moreTellingThan(first) || composed.moreTellingThan(second))
                        .as("%s then %s gives %s", first, second, composed).isFalse();
            }
        }
    }

    @Test
    void a_path_read_backwards_composes_to_the_inverse_where_set_theory_decides() {
        for (MappingRelationship first : CONNECTING) {
            for (MappingRelationship second : CONNECTING) {
                MappingRelationship forwards = first.then(second);
                MappingRelationship backwards = second.inverse().then(first.inverse());
                if (forwards != RELATED && backwards != RELATED) {
                    assertThat(backwards).as("%s then %s", first, second).isEqualTo(forwards.inverse());
                }
            }
        }
    }

    @Test
    void the_inverse_swaps_containment_only_and_undoes_itself() {
        assertThat(SUBSET_OF.inverse()).isEqualTo(SUPERSET_OF);
        assertThat(SUPERSET_OF.inverse()).isEqualTo(SUBSET_OF);
        for (MappingRelationship relationship : MappingRelationship.values()) {
            assertThat(relationship.inverse().inverse()).isEqualTo(relationship);
            if (relationship != SUBSET_OF && relationship != SUPERSET_OF) {
                assertThat(relationship.inverse()).isEqualTo(relationship);
            }
        }
    }

    @Test
    void coverage_is_full_only_where_the_source_contains_the_target() {
        assertThat(Arrays.stream(MappingRelationship.values()).filter(r -> r.coverage() == Coverage.FULL))
                .containsExactly(EQUAL, EQUIVALENT, SUPERSET_OF);
        assertThat(Arrays.stream(MappingRelationship.values()).filter(r -> r.coverage() == Coverage.PARTIAL))
                .containsExactly(SUBSET_OF, INTERSECTS_WITH, RELATED);
        assertThat(NO_RELATIONSHIP.coverage()).isEqualTo(Coverage.NONE);
    }

    @Test
    void no_path_goes_through_no_relationship() {
        assertThat(NO_RELATIONSHIP.connects()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> EQUAL.then(NO_RELATIONSHIP));
        assertThatIllegalArgumentException().isThrownBy(() -> NO_RELATIONSHIP.then(EQUAL));
    }

    @Test
    void keys_are_those_of_nist_ir_8477_and_oscal_and_exact() {
        assertThat(Arrays.stream(MappingRelationship.values()).map(MappingRelationship::key)).containsExactly(
                "equal", "equivalent", "superset_of", "subset_of", "intersects_with", "related", "no_relationship");
        assertThat(MappingRelationship.fromKey("subset_of")).isEqualTo(SUBSET_OF);
        assertThatThrownBy(() -> MappingRelationship.fromKey("Subset_Of"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("mapping_type"));
    }
}
