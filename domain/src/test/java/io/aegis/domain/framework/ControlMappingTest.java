package io.aegis.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlMappingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ControlId A = new ControlId(1);
    private static final ControlId B = new ControlId(2);
    private static final MappingTerms A_SUBSET_OF_B = new MappingTerms(MappingRelationship.SUBSET_OF,
            Optional.of(new MappingRationale("B asks for more")), Optional.of(MappingConfidence.HIGH),
            Optional.of(new MappingStrength(7)));

    private static ControlMapping stored() {
        return ControlMapping.record(A, B, A_SUBSET_OF_B, Optional.empty(), T0).identifiedAs(new ControlMappingId(9));
    }

    @Test
    void a_control_cannot_be_mapped_to_itself() {
        assertThatThrownBy(() -> ControlMapping.record(A, A, A_SUBSET_OF_B, Optional.empty(), T0))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "self_mapping");
    }

    @Test
    void the_target_reads_the_inverse_and_keeps_the_rest() {
        ControlMapping mapping = stored();

        assertThat(mapping.termsFrom(A)).isEqualTo(A_SUBSET_OF_B);
        assertThat(mapping.termsFrom(B)).isEqualTo(new MappingTerms(MappingRelationship.SUPERSET_OF,
                A_SUBSET_OF_B.rationale(), A_SUBSET_OF_B.confidence(), A_SUBSET_OF_B.strength()));
        assertThat(mapping.joins(A, B)).isTrue();
        assertThat(mapping.joins(B, A)).isTrue();
        assertThat(mapping.joins(A, new ControlId(3))).isFalse();
        assertThatThrownBy(() -> mapping.termsFrom(new ControlId(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_revision_read_from_the_target_is_stored_in_the_mappings_own_direction() {
        ControlMapping revised = stored().reviseFrom(B, MappingTerms.of(MappingRelationship.SUPERSET_OF),
                T0.plusSeconds(1));

        assertThat(revised.source()).isEqualTo(A);
        assertThat(revised.terms()).isEqualTo(MappingTerms.of(MappingRelationship.SUBSET_OF));
        assertThat(revised.version()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void the_same_terms_again_are_no_revision() {
        ControlMapping mapping = stored();

        assertThat(mapping.revise(A_SUBSET_OF_B, T0.plusSeconds(1))).isSameAs(mapping);
        assertThat(mapping.reviseFrom(B, A_SUBSET_OF_B.inverse(), T0.plusSeconds(1))).isSameAs(mapping);
    }

    @Test
    void a_file_that_leaves_a_term_out_keeps_it_and_its_relationship_replaces_the_stored_one() {
        MappingTerms updated = A_SUBSET_OF_B.updatedBy(MappingTerms.of(MappingRelationship.RELATED));

        assertThat(updated).isEqualTo(new MappingTerms(MappingRelationship.RELATED, A_SUBSET_OF_B.rationale(),
                A_SUBSET_OF_B.confidence(), A_SUBSET_OF_B.strength()));
        assertThat(ControlMapping.differences(A_SUBSET_OF_B, updated)).containsExactly("mapping_type");
        assertThat(ControlMapping.differences(A_SUBSET_OF_B, MappingTerms.of(MappingRelationship.SUBSET_OF)))
                .containsExactly("mapping_rationale", "confidence_level", "strength");
    }

    @Test
    void the_link_a_walk_crosses_carries_the_id_and_the_stored_direction() {
        MappingLink link = stored().link();

        assertThat(link).isEqualTo(new MappingLink(9, A, B, MappingRelationship.SUBSET_OF,
                Optional.of(MappingConfidence.HIGH), Optional.of(new MappingStrength(7))));
    }

    @Test
    void a_rationale_is_never_blank_and_a_blank_cell_is_none() {
        assertThatThrownBy(() -> new MappingRationale("  ")).isInstanceOf(InvalidValueException.class);
        assertThat(MappingRationale.ofNullable(" ")).isEmpty();
        assertThat(MappingRationale.ofNullable(" why ")).contains(new MappingRationale("why"));
    }
}
