package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetCategoryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123456789Z");
    private static final Instant T0_MILLIS = Instant.parse("2026-11-27T08:15:00.123Z");

    private final AssetCategory servers = AssetCategory.define(new AssetCategoryName("Servers"),
            Optional.of(new Description("racks")), Optional.of(new HexColor("#00ff00")), T0);

    @Test
    void a_new_category_is_active_unsaved_and_versioned_by_its_creation_to_the_millisecond() {
        assertThat(servers.id()).isEmpty();
        assertThat(servers.active()).isTrue();
        assertThat(servers.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(servers.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void revising_replaces_the_editable_properties_and_keeps_identity_and_creation() {
        AssetCategory saved = servers.identifiedAs(new AssetCategoryId(3));

        AssetCategory revised = saved.revise(new AssetCategoryName("Hosts"), Optional.empty(), Optional.empty(),
                false, T0.plusSeconds(60));

        assertThat(revised.id()).contains(new AssetCategoryId(3));
        assertThat(revised.name().value()).isEqualTo("Hosts");
        assertThat(revised.description()).isEmpty();
        assertThat(revised.color()).isEmpty();
        assertThat(revised.active()).isFalse();
        assertThat(revised.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(revised.version()).isEqualTo(T0_MILLIS.plusSeconds(60));
    }

    @Test
    void the_version_moves_forward_even_when_the_clock_does_not() {
        AssetCategory sameInstant = servers.deactivate(T0);
        AssetCategory clockWentBack = sameInstant.revise(sameInstant.name(), Optional.empty(), Optional.empty(),
                true, T0.minusSeconds(5));

        assertThat(sameInstant.version()).isEqualTo(T0_MILLIS.plusMillis(1));
        assertThat(clockWentBack.version()).isEqualTo(T0_MILLIS.plusMillis(2));
    }

    @Test
    void deactivating_keeps_everything_else() {
        AssetCategory inactive = servers.deactivate(T0.plusSeconds(1));

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.name()).isEqualTo(servers.name());
        assertThat(inactive.description()).isEqualTo(servers.description());
        assertThat(inactive.color()).isEqualTo(servers.color());
    }

    @Test
    void a_restored_row_without_update_time_is_versioned_by_its_creation() {
        AssetCategory restored = AssetCategory.restore(new AssetCategoryId(9), new AssetCategoryName("Old"), null,
                null, true, T0_MILLIS, null);

        assertThat(restored.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void a_rename_is_a_change_of_letters_not_of_case() {
        AssetCategory upper = servers.revise(new AssetCategoryName("SERVERS"), Optional.empty(), Optional.empty(),
                true, T0);
        AssetCategory other = servers.revise(new AssetCategoryName("Hosts"), Optional.empty(), Optional.empty(),
                true, T0);

        assertThat(upper.isRenamedFrom(servers)).isFalse();
        assertThat(other.isRenamedFrom(servers)).isTrue();
    }

    @Test
    void names_follow_the_column_length() {
        assertThat(new AssetCategoryName("x".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new AssetCategoryName("x".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new AssetCategoryId(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AssetCategoryId(-1)).isInstanceOf(InvalidValueException.class);
    }
}
