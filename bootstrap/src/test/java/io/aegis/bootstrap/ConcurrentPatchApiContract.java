package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PATCHes of different fields of one resource sent at the same time without {@code If-Match}, over real HTTP on
 * each database: the client asked for no version check, so none may answer 412, and no write may be lost.
 */
abstract class ConcurrentPatchApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/assets";
    private static final List<String> FIELDS = List.of("name", "description", "hostname", "operating_system",
            "version", "location", "business_unit", "cost_center");
    private static final int ROUNDS = 10;

    @Test
    void parallel_patches_of_different_fields_without_if_match_all_succeed_and_all_last_writes_stay() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post(PATH, "{\"name\": \"contended-" + tag + "\", \"asset_type\": \"server\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String asset = PATH + "/" + created.json().get("id").asLong();

        for (int round = 0; round < ROUNDS; round++) {
            int current = round;
            List<Api.Response> answers = Together.send(FIELDS.size(), field -> admin.patch(asset,
                    "{\"" + FIELDS.get(field) + "\": \"" + value(tag, field, current) + "\"}"));
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        }

        JsonNode stored = admin.get(asset).json();
        for (int field = 0; field < FIELDS.size(); field++) {
            assertThat(stored.get(FIELDS.get(field)).asText()).as(FIELDS.get(field))
                    .isEqualTo(value(tag, field, ROUNDS - 1));
        }
    }

    /** A value valid for every field (a hostname too), distinct per field and round. */
    private static String value(String tag, int field, int round) {
        return "v" + tag + "-f" + field + "-r" + round;
    }
}
