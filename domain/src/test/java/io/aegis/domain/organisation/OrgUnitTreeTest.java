package io.aegis.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgUnitTreeTest {

    private static final OrgUnitId GROUP = new OrgUnitId(1);
    private static final OrgUnitId EUROPE = new OrgUnitId(2);
    private static final OrgUnitId FRANCE = new OrgUnitId(3);
    private static final OrgUnitId PARIS = new OrgUnitId(4);
    private static final OrgUnitId AMERICAS = new OrgUnitId(5);

    /** Group > Europe > France > Paris, and Group > Americas. */
    private final OrgUnitTree tree = OrgUnitTree.of(links(
            GROUP, null, EUROPE, GROUP, FRANCE, EUROPE, PARIS, FRANCE, AMERICAS, GROUP));

    @Test
    void a_subtree_holds_the_unit_and_everything_below_it_parents_first() {
        assertThat(tree.subtree(EUROPE)).containsExactly(EUROPE, FRANCE, PARIS);
        assertThat(tree.subtree(AMERICAS)).containsExactly(AMERICAS);
        assertThat(tree.subtree(GROUP)).hasSize(5).first().isEqualTo(GROUP);
    }

    @Test
    void the_path_leads_from_the_root_down_to_the_unit() {
        assertThat(tree.pathFromRoot(PARIS)).containsExactly(GROUP, EUROPE, FRANCE, PARIS);
        assertThat(tree.pathFromRoot(GROUP)).containsExactly(GROUP);
        assertThat(tree.parentOf(FRANCE)).contains(EUROPE);
        assertThat(tree.parentOf(GROUP)).isEmpty();
    }

    @Test
    void a_unit_may_move_anywhere_outside_its_own_subtree() {
        assertThatCode(() -> tree.requirePlaceable(Optional.of(FRANCE), AMERICAS)).doesNotThrowAnyException();
        assertThatCode(() -> tree.requirePlaceable(Optional.empty(), PARIS)).doesNotThrowAnyException();
    }

    @Test
    void a_unit_may_not_be_placed_under_itself_or_below_itself() {
        assertThatThrownBy(() -> tree.requirePlaceable(Optional.of(EUROPE), PARIS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("below it")
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("cyclic_parent");
        assertThatThrownBy(() -> tree.requirePlaceable(Optional.of(EUROPE), EUROPE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("itself");
    }

    @Test
    void the_root_stays_the_root_and_a_parent_must_exist() {
        assertThatThrownBy(() -> tree.requirePlaceable(Optional.of(GROUP), AMERICAS))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("root_has_no_parent");
        assertThatThrownBy(() -> tree.requirePlaceable(Optional.empty(), new OrgUnitId(99)))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("unknown_parent");
    }

    @Test
    void stored_links_that_are_not_one_tree_are_refused() {
        assertThatThrownBy(() -> OrgUnitTree.of(links(GROUP, null, EUROPE, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one root");
        assertThatThrownBy(() -> OrgUnitTree.of(links(GROUP, null, EUROPE, new OrgUnitId(42))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing parent");
        assertThatThrownBy(() -> OrgUnitTree.of(links(GROUP, null, EUROPE, FRANCE, FRANCE, EUROPE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }

    /** Pairs of unit and parent (null for the root). */
    private static Map<OrgUnitId, Optional<OrgUnitId>> links(OrgUnitId... unitsAndParents) {
        Map<OrgUnitId, Optional<OrgUnitId>> links = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndParents.length; i += 2) {
            links.put(unitsAndParents[i], Optional.ofNullable(unitsAndParents[i + 1]));
        }
        return links;
    }
}
