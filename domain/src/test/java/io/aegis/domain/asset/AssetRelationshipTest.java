package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AssetRelationshipTest {

    private static final AssetId APP = new AssetId(1);
    private static final AssetId DB = new AssetId(2);

    @Test
    void an_asset_cannot_be_related_to_itself() {
        assertThatThrownBy(() -> new AssetRelationship(APP, new AssetId(1), RelationshipType.DEPENDS_ON, true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("self_relationship"));
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new AssetId(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AssetId(-3)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void depends_on_and_runs_on_mean_the_source_needs_the_target() {
        assertThat(new AssetRelationship(APP, DB, RelationshipType.DEPENDS_ON, true).dependency())
                .contains(new Dependency(APP, DB, true));
        assertThat(new AssetRelationship(APP, DB, RelationshipType.RUNS_ON, false).dependency())
                .contains(new Dependency(APP, DB, false));
    }

    @Test
    void hosts_and_part_of_mean_the_target_needs_the_source() {
        assertThat(new AssetRelationship(DB, APP, RelationshipType.HOSTS, true).dependency())
                .contains(new Dependency(APP, DB, true));
        assertThat(new AssetRelationship(DB, APP, RelationshipType.PART_OF, false).dependency())
                .contains(new Dependency(APP, DB, false));
    }

    @Test
    void connects_to_and_backs_up_carry_no_dependency_even_when_flagged_critical() {
        assertThat(new AssetRelationship(APP, DB, RelationshipType.CONNECTS_TO, true).dependency()).isEmpty();
        assertThat(new AssetRelationship(APP, DB, RelationshipType.BACKS_UP, true).dependency()).isEmpty();
    }
}
