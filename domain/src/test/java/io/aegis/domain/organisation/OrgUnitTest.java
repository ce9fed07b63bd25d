package io.aegis.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final OrgUnitId ROOT = new OrgUnitId(1);
    private static final OrgUnitId EUROPE = new OrgUnitId(2);

    private final OrgUnit root = OrgUnit.restore(ROOT, new OrgUnitName("Group"), null, null, true, NOW, null);

    @Test
    void a_new_unit_is_active_under_its_parent_and_has_no_id_until_stored() {
        OrgUnit france = OrgUnit.define(new OrgUnitName("  France "), EUROPE, Optional.empty(), NOW);

        assertThat(france.id()).isEmpty();
        assertThat(france.name().value()).isEqualTo("France");
        assertThat(france.parent()).contains(EUROPE);
        assertThat(france.isRoot()).isFalse();
        assertThat(france.active()).isTrue();
        assertThat(france.version()).isEqualTo(NOW);
    }

    @Test
    void a_revision_renames_and_moves_and_takes_a_later_version() {
        OrgUnit france = OrgUnit.define(new OrgUnitName("France"), EUROPE, Optional.empty(), NOW)
                .identifiedAs(new OrgUnitId(3));

        OrgUnit moved = france.revise(new OrgUnitName("France SAS"), Optional.of(new Description("the French arm")),
                Optional.of(ROOT), NOW);

        assertThat(moved.parent()).contains(ROOT);
        assertThat(moved.description()).isPresent();
        assertThat(moved.version()).isAfter(france.version());
    }

    @Test
    void the_root_alone_has_no_parent() {
        assertThat(root.isRoot()).isTrue();
        assertThatThrownBy(() -> root.revise(root.name(), Optional.empty(), Optional.of(EUROPE), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        OrgUnit europe = OrgUnit.define(new OrgUnitName("Europe"), ROOT, Optional.empty(), NOW);
        assertThatThrownBy(() -> europe.revise(europe.name(), Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deactivating_keeps_the_unit_readable() {
        OrgUnit europe = OrgUnit.define(new OrgUnitName("Europe"), ROOT, Optional.empty(), NOW)
                .identifiedAs(EUROPE);

        OrgUnit inactive = europe.deactivate(OrgUnitContents.EMPTY, NOW.plusSeconds(1));

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.name()).isEqualTo(europe.name());
        assertThat(inactive.version()).isAfter(europe.version());
    }

    @Test
    void only_an_empty_unit_other_than_the_root_may_be_deactivated() {
        OrgUnit europe = OrgUnit.define(new OrgUnitName("Europe"), ROOT, Optional.empty(), NOW)
                .identifiedAs(EUROPE);

        assertThatThrownBy(() -> europe.deactivate(new OrgUnitContents(2, 0, 0, 0, 0), NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 active units")
                .extracting("code").isEqualTo("unit_not_empty");
        assertThatThrownBy(() -> europe.deactivate(new OrgUnitContents(0, 1, 3, 1, 2), NOW))
                .hasMessageContaining("1 active asset, 3 active risks, 1 active risk matrix and 2 role assignments");
        assertThatThrownBy(() -> root.deactivate(OrgUnitContents.EMPTY, NOW))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("root_unit");
    }

    @Test
    void a_deactivated_unit_takes_no_new_units() {
        OrgUnit europe = OrgUnit.define(new OrgUnitName("Europe"), ROOT, Optional.empty(), NOW)
                .identifiedAs(EUROPE);

        europe.requireOpenForUnits();
        assertThatThrownBy(() -> europe.deactivate(OrgUnitContents.EMPTY, NOW).requireOpenForUnits())
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("inactive_parent");
    }
}
