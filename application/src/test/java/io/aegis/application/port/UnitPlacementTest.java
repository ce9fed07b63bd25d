package io.aegis.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class UnitPlacementTest {

    private static final OrgUnitId ROOT = OrgUnitId.ROOT;
    private static final OrgUnitId UNIT_A = new OrgUnitId(2);
    private static final OrgUnitId UNIT_A1 = new OrgUnitId(3);
    private static final OrgUnitId UNIT_B = new OrgUnitId(4);
    private static final OrgUnitTree TREE = OrgUnitTree.of(Map.of(ROOT, Optional.empty(), UNIT_A, Optional.of(ROOT),
            UNIT_A1, Optional.of(UNIT_A), UNIT_B, Optional.of(ROOT)));
    private static final Predicate<OrgUnitId> ACTIVE = Set.of(ROOT, UNIT_A, UNIT_A1, UNIT_B)::contains;

    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), new RecordingAuditTrail(),
            Clock.systemUTC());

    @Test
    void a_new_row_goes_to_the_unit_named_or_to_the_only_place_the_actor_writes_in() {
        Actor everywhere = Actors.withPermissions(Permission.RISK_WRITE);
        Actor onlyA1 = Actors.inUnit(TREE, UNIT_A1, Permission.RISK_WRITE);

        assertThat(inChange(everywhere, change -> UnitPlacement.ofNewRow(change, Optional.empty(), ACTIVE)))
                .isEqualTo(ROOT);
        assertThat(inChange(everywhere, change -> UnitPlacement.ofNewRow(change, Optional.of(UNIT_B), ACTIVE)))
                .isEqualTo(UNIT_B);
        assertThat(inChange(onlyA1, change -> UnitPlacement.ofNewRow(change, Optional.empty(), ACTIVE)))
                .isEqualTo(UNIT_A1);
    }

    @Test
    void an_actor_writing_in_several_units_names_one() {
        Actor subtreeOfA = Actors.inUnit(TREE, UNIT_A, Permission.RISK_WRITE);

        assertThat(inChange(subtreeOfA, change -> UnitPlacement.ofNewRow(change, Optional.of(UNIT_A1), ACTIVE)))
                .isEqualTo(UNIT_A1);
        assertThatThrownBy(() -> inChange(subtreeOfA, change -> UnitPlacement.ofNewRow(change, Optional.empty(),
                ACTIVE))).isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo("org_unit_required"));
    }

    @Test
    void a_unit_out_of_scope_and_one_that_is_not_active_are_refused_alike() {
        Actor subtreeOfA = Actors.inUnit(TREE, UNIT_A, Permission.RISK_WRITE);
        Actor everywhere = Actors.withPermissions(Permission.RISK_WRITE);

        assertThatThrownBy(() -> inChange(subtreeOfA, change -> UnitPlacement.ofNewRow(change, Optional.of(UNIT_B),
                ACTIVE))).isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo("unknown_org_unit"));
        assertThatThrownBy(() -> inChange(everywhere, change -> {
            UnitPlacement.requireTarget(change, new OrgUnitId(99), ACTIVE);
            return null;
        })).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.code()).isEqualTo("unknown_org_unit"));
    }

    private OrgUnitId inChange(Actor actor, Function<Change, OrgUnitId> work) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.create", work);
    }
}
