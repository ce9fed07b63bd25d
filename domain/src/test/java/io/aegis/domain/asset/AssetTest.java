package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
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

    private final AssetProfile web = AssetProfile.of(new AssetName(" web-01 "), AssetType.SERVER);

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
        Asset asset = Asset.register(web, OrgUnitId.ROOT, Optional.of(new UserId(4)), T0);

        assertThat(asset.id()).isEmpty();
        assertThat(asset.active()).isTrue();
        assertThat(asset.createdBy()).contains(new UserId(4));
        assertThat(asset.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(asset.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void revising_replaces_the_profile_keeps_identity_and_moves_the_version_forward() {
        Asset saved = Asset.register(web, OrgUnitId.ROOT, Optional.empty(), T0).identifiedAs(new AssetId(9));
        AssetProfile changed = web.withCriticality(Criticality.CRITICAL)
                .withIpAddress(new IpAddress("2001:DB8:0:0:0:0:0:1")).withTags(Labels.of("tags", List.of("pci")));

        Asset revised = saved.revise(changed, T0);

        assertThat(revised.id()).contains(new AssetId(9));
        assertThat(revised.profile().criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(revised.profile().ipAddress().value()).isEqualTo("2001:db8::1");
        assertThat(revised.createdAt()).isEqualTo(saved.createdAt());
        assertThat(revised.version()).isAfter(saved.version());
    }

    @Test
    void a_move_changes_the_unit_in_the_same_revision_and_a_plain_revise_keeps_it() {
        OrgUnitId sales = new OrgUnitId(4);
        Asset saved = Asset.register(web, sales, Optional.empty(), T0).identifiedAs(new AssetId(9));

        Asset moved = saved.revise(web, OrgUnitId.ROOT, T0.plusSeconds(1));

        assertThat(saved.unit()).isEqualTo(sales);
        assertThat(saved.revise(web, T0.plusSeconds(1)).unit()).isEqualTo(sales);
        assertThat(moved.unit()).isEqualTo(OrgUnitId.ROOT);
        assertThat(moved.version()).isEqualTo(T0_MILLIS.plusSeconds(1));
    }

    @Test
    void a_revision_restores_a_deactivated_asset_and_says_when_it_takes_one_out_of_service() {
        Asset saved = Asset.register(web, OrgUnitId.ROOT, Optional.empty(), T0).identifiedAs(new AssetId(9));
        Asset retired = saved.deactivate(T0.plusSeconds(1));

        Asset restored = retired.revise(web, OrgUnitId.ROOT, true, T0.plusSeconds(2));

        assertThat(restored.active()).isTrue();
        assertThat(restored.version()).isEqualTo(T0_MILLIS.plusSeconds(2));
        assertThat(restored.deactivates(retired)).isFalse();
        assertThat(retired.deactivates(saved)).isTrue();
        assertThat(saved.revise(web, OrgUnitId.ROOT, false, T0.plusSeconds(1)).deactivates(saved)).isTrue();
        assertThat(retired.revise(web, T0.plusSeconds(2)).active()).isFalse();
    }

    @Test
    void deactivating_keeps_the_profile_and_unit_and_moves_the_version_forward() {
        Asset saved = Asset.register(web, new OrgUnitId(4), Optional.empty(), T0).identifiedAs(new AssetId(9));

        Asset deactivated = saved.deactivate(T0.plusSeconds(5));

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.unit()).isEqualTo(new OrgUnitId(4));
        assertThat(deactivated.profile()).isEqualTo(web);
        assertThat(deactivated.version()).isEqualTo(T0_MILLIS.plusSeconds(5));
    }

    @Test
    void a_warranty_ending_before_the_purchase_is_refused_on_register_and_on_revise() {
        AssetProfile backwards = web.withPurchaseDate(T0).withWarrantyExpiry(T0.minusSeconds(86_400));
        Asset saved = Asset.register(web, OrgUnitId.ROOT, Optional.empty(), T0).identifiedAs(new AssetId(1));

        assertThatThrownBy(() -> Asset.register(backwards, OrgUnitId.ROOT, Optional.empty(), T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("warranty_expiry");
        assertThatThrownBy(() -> saved.revise(backwards, T0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("warranty_before_purchase"));
    }

    @Test
    void a_warranty_ending_at_the_purchase_is_allowed() {
        AssetProfile same = web.withPurchaseDate(T0).withWarrantyExpiry(T0);

        assertThat(Asset.register(same, OrgUnitId.ROOT, Optional.empty(), T0).profile().warrantyExpiry())
                .isEqualTo(T0_MILLIS);
    }

    @Test
    void a_stored_row_breaking_a_later_rule_still_restores() {
        AssetProfile backwards = web.withPurchaseDate(T0).withWarrantyExpiry(T0.minusSeconds(1));

        Asset restored = Asset.restore(new AssetId(2), backwards, OrgUnitId.ROOT, true, null, T0_MILLIS, null);

        assertThat(restored.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void short_texts_are_trimmed_and_bounded_by_their_columns() {
        AssetProfile profile = web.withOperatingSystem("  Debian 12 ").withCostCenter("CC-1");

        assertThat(profile.operatingSystem()).isEqualTo("Debian 12");
        assertThatThrownBy(() -> web.withCostCenter("x".repeat(51)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("cost_center"));
        assertThatThrownBy(() -> web.withLocation(" "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("location"));
        assertThatThrownBy(() -> web.withVersion("1\u00002"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void dates_are_kept_to_the_millisecond_so_a_profile_read_back_is_equal() {
        AssetProfile profile = web.withPurchaseDate(T0).withLastScanDate(T0);

        assertThat(profile.purchaseDate()).isEqualTo(T0_MILLIS);
        assertThat(profile).isEqualTo(web.withPurchaseDate(T0_MILLIS).withLastScanDate(T0_MILLIS));
    }

    @Test
    void null_restores_the_defaults_and_equal_properties_make_equal_profiles() {
        AssetProfile full = web.withDescription(new Description("front end"))
                .withCustomFields(CustomFields.of("custom_fields", Map.of("rto_hours", 4)));

        assertThat(full.withDescription(new Description("front end"))).isEqualTo(full);
        assertThat(web.withCriticality(null).withStatus(null).withTags(null)).isEqualTo(web);
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
