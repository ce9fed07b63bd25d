package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.RunningServer;
import io.aegis.application.port.SortField;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query string of a list route, read by a stub route that answers what it understood. */
class ListParamsTest {

    private static RunningServer server;

    enum Column implements SortField {
        NAME("name"), CREATED_AT("created_at");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    @BeforeAll
    static void start() {
        Controller list = () -> List.of(ApiRoute.get("/list", ListParamsTest::understood));
        server = RunningServer.start(List.of(list));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every typed filter read the way a controller reads them, and the answer as JSON. */
    private static void understood(Context ctx) throws Exception {
        ListParams<Column> params = ListParams.parse(ctx, Column.class,
                Set.of("owner_id", "since", "overdue", "active", "q"));
        FieldErrors errors = new FieldErrors();
        var owner = errors.attempt(() -> params.id("owner_id"));
        var since = errors.attempt(() -> params.instant("since"));
        errors.throwIfAny();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("limit", params.page().limit());
        answer.put("offset", params.page().offset());
        answer.put("sort", params.sort().stream().map(order -> (order.descending() ? "-" : "") + order.field().key())
                .collect(Collectors.joining(",")));
        answer.put("owner_id", owner.orElse(null));
        answer.put("since", since.map(Object::toString).orElse(null));
        answer.put("overdue", params.flag("overdue"));
        answer.put("active", params.optionalFlag("active").map(Object::toString).orElse("either"));
        answer.put("q", params.text("q").orElse(null));
        ctx.result(Json.mapper().writeValueAsString(answer));
    }

    @Test
    void without_parameters_the_first_page_in_the_default_order_unfiltered() {
        JsonNode answer = ok("");

        assertThat(answer.get("limit").asInt()).isEqualTo(50);
        assertThat(answer.get("offset").asInt()).isZero();
        assertThat(answer.get("sort").asText()).isEmpty();
        assertThat(answer.get("owner_id").isNull()).isTrue();
        assertThat(answer.get("since").isNull()).isTrue();
        assertThat(answer.get("overdue").asBoolean()).isFalse();
        assertThat(answer.get("active").asText()).isEqualTo("either");
    }

    @ParameterizedTest
    @CsvSource({"1,0", "500,0", "20,40", "50,2147483647"})
    void limit_and_offset_within_bounds_are_taken(int limit, int offset) {
        JsonNode answer = ok("?limit=" + limit + "&offset=" + offset);

        assertThat(answer.get("limit").asInt()).isEqualTo(limit);
        assertThat(answer.get("offset").asInt()).isEqualTo(offset);
    }

    @ParameterizedTest
    @CsvSource({"limit=0,limit", "limit=501,limit", "limit=-1,limit", "offset=-1,offset", "limit=ten,limit",
        "offset=1.5,offset", "limit=,limit", "offset=2147483648,offset"})
    void limit_and_offset_outside_bounds_or_not_whole_numbers_are_refused(String parameter, String field) {
        assertRefused("?" + parameter, field);
    }

    @Test
    void sort_names_fields_in_order_and_a_minus_sign_descends() {
        assertThat(ok("?sort=-created_at,name").get("sort").asText()).isEqualTo("-created_at,name");
        assertThat(ok("?sort=name").get("sort").asText()).isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "Name", "+name", "--name", "name,", ",name", "name,-name", "name desc",
        "name:asc"})
    void sort_refuses_unknown_fields_directions_and_repeats(String spec) {
        JsonNode problem = assertRefused("?sort=" + encode(spec), "sort");

        assertThat(problem.at("/errors/0/message").asText()).containsAnyOf("sortable: name, created_at", "twice");
    }

    @Test
    void an_unknown_sort_field_is_answered_with_the_sortable_ones() {
        assertThat(assertRefused("?sort=colour", "sort").at("/errors/0/message").asText())
                .isEqualTo("cannot sort by 'colour'; sortable: name, created_at");
    }

    @Test
    void id_filters_take_canonical_ids_only() {
        assertThat(ok("?owner_id=42").get("owner_id").asLong()).isEqualTo(42);
        assertThat(ok("?owner_id=").get("owner_id").isNull()).isTrue();
        for (String wrong : List.of("0", "-1", "042", "%2B42", "4.2", "2147483648", "x")) {
            assertRefused("?owner_id=" + wrong, "owner_id");
        }
    }

    @Test
    void instant_filters_take_rfc_3339_with_an_offset_or_a_day() {
        assertThat(ok("?since=2026-01-31T10:00:00%2B02:00").get("since").asText()).isEqualTo("2026-01-31T08:00:00Z");
        assertThat(ok("?since=2026-01-31").get("since").asText()).isEqualTo("2026-01-31T00:00:00Z");
        assertRefused("?since=2026-01-31T10:00:00", "since");
        assertRefused("?since=2026-02-30", "since");
    }

    @Test
    void id_and_instant_errors_are_reported_together() {
        JsonNode problem = assertRefused("?owner_id=x&since=yesterday", "owner_id");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("owner_id", "since");
    }

    @Test
    void flags_are_true_or_false_and_an_optional_flag_may_be_left_out() {
        assertThat(ok("?overdue=true").get("overdue").asBoolean()).isTrue();
        assertThat(ok("?overdue=false").get("overdue").asBoolean()).isFalse();
        assertThat(ok("?active=true").get("active").asText()).isEqualTo("true");
        assertThat(ok("?active=false").get("active").asText()).isEqualTo("false");
        for (String wrong : List.of("TRUE", "1", "yes", "")) {
            assertRefused("?overdue=" + wrong, "overdue");
            assertRefused("?active=" + wrong, "active");
        }
    }

    @Test
    void unknown_parameters_are_refused_by_name_and_the_known_ones_listed() {
        JsonNode problem = assertRefused("?colour=red&owner=7&limit=5", "colour");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("colour", "owner");
        assertThat(problem.at("/errors/0/message").asText())
                .endsWith("known: active, limit, offset, overdue, owner_id, q, since, sort");
    }

    @Test
    void a_parameter_given_twice_or_too_long_is_refused() {
        assertRefused("?q=a&q=b", "q");
        assertRefused("?q=" + "x".repeat(201), "q");
        assertThat(ok("?q=" + "x".repeat(200)).get("q").asText()).hasSize(200);
    }

    private static JsonNode ok(String query) {
        HttpResponse<String> response = server.get("/api/v1/list" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    /** The 400 for {@code query}, whose first error names {@code field}. */
    private static JsonNode assertRefused(String query, String field) {
        HttpResponse<String> response = server.get("/api/v1/list" + query);
        assertThat(response.statusCode()).as(query + " -> " + response.body()).isEqualTo(400);
        JsonNode problem = RunningServer.json(response);
        assertThat(problem.at("/errors/0/field").asText()).as(query).isEqualTo(field);
        return problem;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
