package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aegis.adapters.web.Json;
import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": \"plain\"}", "{\"a\": \"\\ud83d\\ude00\"}", "{\"a\": [\"\\u00e9\", 1, null]}",
        "{\"a\": {\"b\": \"\\ud800\\udc00\"}}"})
    void well_formed_text_passes(String json) throws Exception {
        var tree = Json.mapper().readTree(json);

        assertThatCode(() -> UnicodeText.requireWellFormed("", tree)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"\\ud800\": 1}", "{\"\\udc00\": 1}", "{\"a\\ud800\": 1}", "{\"\\ud800a\": 1}"})
    void the_parser_itself_refuses_a_broken_pair_in_a_member_name(String json) {
        assertThatThrownBy(() -> Json.mapper().readTree(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": \"x\\ud800\"}|a",
        "{\"a\": \"\\udc00x\"}|a",
        "{\"a\": \"\\ude00\\ud83d\"}|a",
        "{\"a\": [\"ok\", \"\\ud800\"]}|a.[1]",
        "{\"a\": {\"b\": \"\\udbff\"}}|a.b",
    })
    void an_unpaired_surrogate_is_refused_naming_where_it_is(String json, String field) throws Exception {
        var tree = Json.mapper().readTree(json);

        assertThatThrownBy(() -> UnicodeText.requireWellFormed("", tree))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
