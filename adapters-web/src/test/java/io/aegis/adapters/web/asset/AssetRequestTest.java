package io.aegis.adapters.web.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.web.Json;
import io.aegis.application.asset.port.in.AssetProfileFields;
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
}
