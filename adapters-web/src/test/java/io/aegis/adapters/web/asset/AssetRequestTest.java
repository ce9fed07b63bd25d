package io.aegis.adapters.web.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.adapters.web.Json;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetRequestTest {

    @Test
    void the_body_has_exactly_the_editable_columns_so_a_new_column_cannot_be_forgotten_here() {
        Map<String, Object> every = new HashMap<>();
        AssetProfileFields.EDITABLE.forEach(field -> every.put(field, null));

        AssetRequest sent = Json.mapper().convertValue(every, AssetRequest.class);

        assertThat(sent.sent()).containsOnlyKeys(AssetProfileFields.EDITABLE);
    }

    @Test
    void only_the_fields_sent_are_handed_on_and_a_null_is_kept_as_a_clearing() throws Exception {
        AssetRequest sent = Json.mapper().readValue(
                "{\"name\": \"web-1\", \"owner_id\": null, \"tags\": [\"a\"], \"custom_fields\": {\"k\": 1}}",
                AssetRequest.class);

        Map<String, Object> expected = new HashMap<>();
        expected.put("name", "web-1");
        expected.put("owner_id", null);
        expected.put("tags", List.of("a"));
        expected.put("custom_fields", Map.of("k", 1));
        assertThat(sent.sent()).isEqualTo(expected);
    }

    @Test
    void the_unit_is_no_property_of_the_profile_and_must_name_a_unit_id() throws Exception {
        AssetRequest moving = Json.mapper().readValue("{\"org_unit_id\": 4}", AssetRequest.class);
        AssetRequest outOfRange = Json.mapper().readValue("{\"org_unit_id\": 2147483648}", AssetRequest.class);

        assertThat(moving.sent()).isEmpty();
        assertThat(moving.orgUnit()).contains(new OrgUnitId(4));
        assertThat(Json.mapper().readValue("{}", AssetRequest.class).orgUnit()).isEmpty();
        assertThatThrownBy(outOfRange::orgUnit).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.field()).isEqualTo("org_unit_id"));
    }
}
