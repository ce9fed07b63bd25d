package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    @Test
    void labels_are_stored_as_a_json_array_and_read_back_equal() {
        Labels labels = Labels.of("tags", List.of("pci", "Quote \" and \\ back", "ünïcode"));

        String stored = JsonColumns.write(labels);

        assertThat(stored).startsWith("[\"pci\",");
        assertThat(JsonColumns.labels("tags", stored)).isEqualTo(labels);
        assertThat(JsonColumns.write(Labels.none())).isEqualTo("[]");
    }

    @Test
    void custom_fields_keep_their_value_types_through_storage() {
        CustomFields fields = CustomFields.of("custom_fields",
                Map.of("rto_hours", 4, "cost", 12.5, "internet_facing", false, "owner_team", "blue"));

        String stored = JsonColumns.write(fields);

        assertThat(stored).isEqualTo("{\"cost\":12.5,\"internet_facing\":false,\"owner_team\":\"blue\",\"rto_hours\":4}");
        assertThat(JsonColumns.customFields("custom_fields", stored)).isEqualTo(fields);
        assertThat(JsonColumns.customFields("custom_fields", stored).values().get("rto_hours")).isEqualTo(4L);
    }

    @Test
    void a_null_column_reads_as_empty() {
        assertThat(JsonColumns.labels("tags", null)).isEqualTo(Labels.none());
        assertThat(JsonColumns.customFields("custom_fields", null)).isEqualTo(CustomFields.none());
    }

    @Test
    void a_value_of_another_shape_is_reported_without_quoting_it() {
        assertThatThrownBy(() -> JsonColumns.labels("tags", "{\"secret\":1}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("secret");
    }
}
