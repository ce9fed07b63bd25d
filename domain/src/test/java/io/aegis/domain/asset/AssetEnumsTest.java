package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssetEnumsTest {

    @ParameterizedTest
    @EnumSource(AssetType.class)
    void every_asset_type_parses_from_its_key(AssetType type) {
        assertThat(AssetType.fromKey(type.key())).isEqualTo(type);
    }

    @Test
    void asset_type_keys_are_those_of_the_column_check() {
        assertThat(Arrays.stream(AssetType.values()).map(AssetType::key)).containsExactly("server", "workstation",
                "network_device", "application", "database", "cloud_service", "mobile_device", "iot_device", "other");
    }

    @Test
    void an_unknown_asset_type_is_refused_naming_the_allowed_keys() {
        for (String bad : new String[] {"Server", "SERVER", "laptop", "", " server", null}) {
            assertThatThrownBy(() -> AssetType.fromKey(bad))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("asset_type");
                        assertThat(e.getMessage()).contains("server, workstation, network_device").contains("other");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Criticality.class)
    void every_criticality_parses_from_its_key(Criticality criticality) {
        assertThat(Criticality.fromKey(criticality.key())).isEqualTo(criticality);
    }

    @Test
    void criticalities_compare_from_low_to_critical() {
        assertThat(Arrays.stream(Criticality.values()).map(Criticality::key))
                .containsExactly("low", "medium", "high", "critical");
        assertThat(Criticality.HIGH).isGreaterThan(Criticality.MEDIUM);
    }

    @Test
    void an_unknown_criticality_is_refused_naming_the_allowed_keys() {
        assertThatThrownBy(() -> Criticality.fromKey("severe"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("criticality");
                    assertThat(e.getMessage()).contains("low, medium, high, critical");
                });
    }

    @ParameterizedTest
    @EnumSource(RelationshipType.class)
    void every_relationship_type_parses_from_its_key(RelationshipType type) {
        assertThat(RelationshipType.fromKey(type.key())).isEqualTo(type);
    }

    @Test
    void an_unknown_relationship_type_is_refused_naming_the_allowed_keys() {
        assertThatThrownBy(() -> RelationshipType.fromKey("Depends_On"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("relationship_type");
                    assertThat(e.getMessage()).contains("depends_on").contains("hosts").contains("connects_to");
                });
    }
}
