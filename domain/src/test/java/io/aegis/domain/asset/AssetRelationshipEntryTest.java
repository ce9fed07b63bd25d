package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetRelationshipEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123456Z");

    @Test
    void an_entry_records_its_edge_and_who_recorded_it_when() {
        AssetRelationship edge = new AssetRelationship(new AssetId(1), new AssetId(2), RelationshipType.DEPENDS_ON,
                true);

        AssetRelationshipEntry entry = AssetRelationshipEntry.record(edge, Optional.of(new Description("db")),
                Optional.of(new UserId(3)), T0);

        assertThat(entry.id()).isEmpty();
        assertThat(entry.edge()).isEqualTo(edge);
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2026-11-27T08:15:00.123Z"));
        assertThat(entry.createdBy()).contains(new UserId(3));
    }

    @Test
    void revising_changes_description_and_flag_but_never_the_edge() {
        AssetRelationshipEntry entry = AssetRelationshipEntry.record(
                new AssetRelationship(new AssetId(1), new AssetId(2), RelationshipType.HOSTS, false),
                Optional.of(new Description("vm")), Optional.empty(), T0)
                .identifiedAs(new AssetRelationshipId(5));

        AssetRelationshipEntry revised = entry.revise(Optional.empty(), true);

        assertThat(revised.id()).contains(new AssetRelationshipId(5));
        assertThat(revised.description()).isEmpty();
        assertThat(revised.edge().critical()).isTrue();
        assertThat(revised.edge().source()).isEqualTo(new AssetId(1));
        assertThat(revised.edge().type()).isEqualTo(RelationshipType.HOSTS);
    }

    @Test
    void an_asset_is_never_related_to_itself() {
        assertThatThrownBy(() -> new AssetRelationship(new AssetId(4), new AssetId(4), RelationshipType.PART_OF,
                false)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("self_relationship"));
    }
}
