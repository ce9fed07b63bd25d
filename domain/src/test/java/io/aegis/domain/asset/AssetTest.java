package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123456789Z");
    private static final Instant T0_MILLIS = Instant.parse("2026-11-27T08:15:00.123Z");

    private final AssetProfile web = AssetProfile.builder(new AssetName(" web-01 "), AssetType.SERVER).build();

    @Test
    void a_new_profile_has_the_seed_defaults() {
        assertThat(web.name().value()).isEqualTo("web-01");
        assertThat(web.criticality()).isEqualTo(Criticality.MEDIUM);
        assertThat(web.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(web.tags().isEmpty()).isTrue();
        assertThat(web.complianceScope().isEmpty()).isTrue();
        assertThat(web.customFields().isEmpty()).isTrue();
        assertThat(web.ipAddress()).isNull();
    }

    @Test
    void a_new_asset_is_active_unsaved_and_versioned_by_its_creation_to_the_millisecond() {
        Asset asset = Asset.register(web, Optional.of(new UserId(4)), T0);

        assertThat(asset.id()).isEmpty();
        assertThat(asset.active()).isTrue();
        assertThat(asset.createdBy()).contains(new UserId(4));
        assertThat(asset.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(asset.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void revising_replaces_the_profile_keeps_identity_and_moves_the_version_forward() {
        Asset saved = Asset.register(web, Optional.empty(), T0).identifiedAs(new AssetId(9));
        AssetProfile changed = web.toBuilder().criticality(Criticality.CRITICAL)
                .ipAddress(new IpAddress("2001:DB8:0:0:0:0:0:1")).tags(Labels.of("tags", List.of("pci"))).build();

        Asset revised = saved.revise(changed, T0);

        assertThat(revised.id()).contains(new AssetId(9));
        assertThat(revised.profile().criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(revised.profile().ipAddress().value()).isEqualTo("2001:db8::1");
        assertThat(revised.createdAt()).isEqualTo(saved.createdAt());
        assertThat(revised.version()).isAfter(saved.version());
    }

    @Test
    void deactivating_keeps_the_profile_and_moves_the_version_forward() {
        Asset saved = Asset.register(web, Optional.empty(), T0).identifiedAs(new AssetId(9));

        Asset deactivated = saved.deactivate(T0.plusSeconds(5));

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.profile()).isEqualTo(web);
        assertThat(deactivated.version()).isEqualTo(T0_MILLIS.plusSeconds(5));
    }

    @Test
    void a_warranty_ending_before_the_purchase_is_refused_on_register_and_on_revise() {
        AssetProfile backwards = web.toBuilder().purchaseDate(T0).warrantyExpiry(T0.minusSeconds(86_400)).build();
        Asset saved = Asset.register(web, Optional.empty(), T0).identifiedAs(new AssetId(1));

        assertThatThrownBy(() -> Asset.register(backwards, Optional.empty(), T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("warranty_expiry");
        assertThatThrownBy(() -> saved.revise(backwards, T0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("warranty_before_purchase"));
    }

    @Test
    void a_warranty_ending_at_the_purchase_is_allowed() {
        AssetProfile same = web.toBuilder().purchaseDate(T0).warrantyExpiry(T0).build();

        assertThat(Asset.register(same, Optional.empty(), T0).profile().warrantyExpiry()).isEqualTo(T0_MILLIS);
    }

    @Test
    void a_stored_row_breaking_a_later_rule_still_restores() {
        AssetProfile backwards = web.toBuilder().purchaseDate(T0).warrantyExpiry(T0.minusSeconds(1)).build();

        Asset restored = Asset.restore(new AssetId(2), backwards, true, null, T0_MILLIS, null);

        assertThat(restored.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void short_texts_are_trimmed_and_bounded_by_their_columns() {
        AssetProfile profile = web.toBuilder().operatingSystem("  Debian 12 ").costCenter("CC-1").build();

        assertThat(profile.operatingSystem()).isEqualTo("Debian 12");
        assertThatThrownBy(() -> web.toBuilder().costCenter("x".repeat(51)).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("cost_center"));
        assertThatThrownBy(() -> web.toBuilder().location(" ").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("location"));
        assertThatThrownBy(() -> web.toBuilder().version("1\u00002").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void dates_are_kept_to_the_millisecond_so_a_profile_read_back_is_equal() {
        AssetProfile profile = web.toBuilder().purchaseDate(T0).lastScanDate(T0).build();

        assertThat(profile.purchaseDate()).isEqualTo(T0_MILLIS);
        assertThat(profile).isEqualTo(web.toBuilder().purchaseDate(T0_MILLIS).lastScanDate(T0_MILLIS).build());
    }

    @Test
    void null_defaults_mean_the_defaults_and_a_profile_equals_its_rebuilt_copy() {
        AssetProfile full = web.toBuilder().description(new Description("front end"))
                .customFields(CustomFields.of("custom_fields", Map.of("rto_hours", 4))).build();

        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(web.toBuilder().criticality(null).status(null).tags(null).build()).isEqualTo(web);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_name_is_required(String name) {
        assertThatThrownBy(() -> new AssetName(name)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_name_is_at_most_255_characters() {
        assertThat(new AssetName("n".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> new AssetName("n".repeat(256))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void statuses_are_exact_keys() {
        assertThat(AssetStatus.fromKey("maintenance")).isEqualTo(AssetStatus.MAINTENANCE);
        assertThatThrownBy(() -> AssetStatus.fromKey("Active"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("planned, active, maintenance, retired, disposed");
                });
    }
}
