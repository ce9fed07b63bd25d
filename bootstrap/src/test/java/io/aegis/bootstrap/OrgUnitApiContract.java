package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/org-units} over real HTTP against the real wiring, on each database. Every refused request must
 * answer problem+json and change nothing: no row, no audit entry.
 */
abstract class OrgUnitApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/org-units";
    private static final long ROOT = 1;
    private static final String ANALYST_PASSWORD = "analysing the units all day";

    /** Holds the built-in Analyst role: user:read, not user:admin. */
    private Api analyst;

    @BeforeAll
    void signInAnAnalyst() {
        String name = "analyst" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"" + ANALYST_PASSWORD + "\", \"role_ids\": [2],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        analyst = anonymous.loggedInAs(name, ANALYST_PASSWORD);
    }

    @Test
    void the_root_is_there_from_the_start() {
        JsonNode root = admin.get(PATH + "/" + ROOT).json();

        assertThat(root.get("name").asText()).isEqualTo("Organisation");
        assertThat(root.get("parent_id").isNull()).isTrue();
        assertThat(root.get("is_active").asBoolean()).isTrue();
        assertThat(ids(root.get("path"))).containsExactly(ROOT);
    }

    @Test
    void create_under_the_root_and_under_a_child_answers_201_with_location_etag_and_the_path() {
        Api.Response europe = admin.post(PATH, """
                {"name": "  %s ", "parent_id": 1, "description": "Subsidiaries in the EU"}"""
                .formatted(unique("Europe")));
        assertThat(europe.status()).isEqualTo(201);
        long europeId = europe.json().get("id").asLong();

        Api.Response france = admin.post(PATH, "{\"name\": \"France\", \"parent_id\": " + europeId + "}");

        assertThat(france.status()).isEqualTo(201);
        JsonNode body = france.json();
        assertThat(body.get("name").asText()).isEqualTo("France");
        assertThat(body.get("parent_id").asLong()).isEqualTo(europeId);
        assertThat(body.get("description").isNull()).isTrue();
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(ids(body.get("path"))).containsExactly(ROOT, europeId, body.get("id").asLong());
        assertThat(france.header("Location")).contains(PATH + "/" + body.get("id").asLong());
        assertThat(france.header("ETag")).isPresent();
        assertThat(europe.json().get("description").asText()).isEqualTo("Subsidiaries in the EU");

        Api.Response fetched = admin.get(PATH + "/" + body.get("id").asLong());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(body);
        assertThat(fetched.header("ETag")).isEqualTo(france.header("ETag"));
    }

    @Test
    void list_pages_filters_by_parent_and_name_and_sorts() {
        long parent = create(unique("Region"), ROOT);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {"b-" + tag, "a-" + tag, "c-" + tag}) {
            create(name, parent);
        }

        Api.Response page = admin.get(PATH + "?parent_id=" + parent + "&sort=-name&limit=2&offset=0");

        assertThat(page.status()).isEqualTo(200);
        JsonNode body = page.json();
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("limit").asInt()).isEqualTo(2);
        assertThat(body.get("items")).extracting(item -> item.get("name").asText())
                .containsExactly("c-" + tag, "b-" + tag);
        assertThat(body.get("items").get(0).get("path")).hasSize(3);
        assertThat(admin.get(PATH + "?q=" + tag + "&offset=2").json().get("items")).hasSize(1);
        assertThat(admin.get(PATH + "?name=A-" + tag).json().get("items")).hasSize(1);
    }

    @Test
    void patch_renames_re_describes_and_moves_and_the_units_below_follow() {
        long europe = create(unique("Europe"), ROOT);
        long sales = create(unique("Sales"), ROOT);
        long team = create("Team", sales);

        Api.Response moved = admin.patch(PATH + "/" + sales,
                "{\"name\": \"Sales EU\", \"description\": \"Selling\", \"parent_id\": " + europe + "}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("name").asText()).isEqualTo("Sales EU");
        assertThat(moved.json().get("description").asText()).isEqualTo("Selling");
        assertThat(moved.json().get("parent_id").asLong()).isEqualTo(europe);
        assertThat(ids(moved.json().get("path"))).containsExactly(ROOT, europe, sales);
        assertThat(ids(admin.get(PATH + "/" + team).json().get("path"))).containsExactly(ROOT, europe, sales, team);
        assertThat(admin.patch(PATH + "/" + sales, "{\"description\": null}").json().get("description").isNull())
                .isTrue();
    }

    @Test
    void a_move_under_itself_or_below_itself_is_422_and_changes_nothing() {
        long europe = create(unique("Europe"), ROOT);
        long france = create("France", europe);

        assertThat(code(assertUnchangedBy(
                () -> admin.patch(PATH + "/" + europe, "{\"parent_id\": " + france + "}"), 422)))
                .isEqualTo("cyclic_parent");
        assertThat(code(assertUnchangedBy(
                () -> admin.patch(PATH + "/" + europe, "{\"parent_id\": " + europe + "}"), 422)))
                .isEqualTo("cyclic_parent");
    }

    @Test
    void the_root_cannot_move_and_a_parent_must_exist() {
        long europe = create(unique("Europe"), ROOT);

        assertThat(code(assertUnchangedBy(
                () -> admin.patch(PATH + "/" + ROOT, "{\"parent_id\": " + europe + "}"), 422)))
                .isEqualTo("root_has_no_parent");
        assertThat(code(assertUnchangedBy(
                () -> admin.post(PATH, "{\"name\": \"Lost\", \"parent_id\": 999999}"), 422)))
                .isEqualTo("unknown_parent");
        assertThat(code(assertUnchangedBy(
                () -> admin.patch(PATH + "/" + europe, "{\"parent_id\": 999999}"), 422)))
                .isEqualTo("unknown_parent");
    }

    /**
     * A under B and B under A, sent at once: each alone is fine, both would be a cycle. Changes to the tree take
     * turns (a locking read of the tree on MariaDB), so the second one sees the first and is refused.
     */
    @Test
    void crossed_moves_sent_together_leave_one_tree() {
        for (int round = 0; round < 10; round++) {
            long[] units = {create(unique("A"), ROOT), create(unique("B"), ROOT)};

            List<Api.Response> answers = Together.send(2, i -> admin.patch(PATH + "/" + units[i],
                    "{\"parent_id\": " + units[1 - i] + "}"));

            assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 422);
            assertThat(admin.get(PATH + "/" + units[0]).json().get("path")).hasSizeBetween(2, 3);
        }
    }

    @Test
    void a_sibling_name_in_any_case_is_409_while_the_same_name_under_another_parent_is_fine() {
        long europe = create(unique("Europe"), ROOT);
        long asia = create(unique("Asia"), ROOT);
        create("Finance", europe);

        assertThat(code(assertUnchangedBy(
                () -> admin.post(PATH, "{\"name\": \"FINANCE\", \"parent_id\": " + europe + "}"), 409)))
                .isEqualTo("duplicate_name");
        long asianFinance = create("Finance", asia);
        assertThat(code(assertUnchangedBy(
                () -> admin.patch(PATH + "/" + asianFinance, "{\"parent_id\": " + europe + "}"), 409)))
                .isEqualTo("duplicate_name");
    }

    @Test
    void only_an_empty_unit_is_deactivated_and_never_the_root() {
        long europe = create(unique("Europe"), ROOT);
        long france = create("France", europe);
        create("Spain", europe);

        Api.Response refused = assertUnchangedBy(() -> admin.delete(PATH + "/" + europe), 422);
        assertThat(code(refused)).isEqualTo("unit_not_empty");
        assertThat(refused.json().get("detail").asText()).contains("2 active units");
        assertThat(code(assertUnchangedBy(() -> admin.delete(PATH + "/" + ROOT), 422))).isEqualTo("root_unit");

        assertThat(admin.delete(PATH + "/" + france).status()).isEqualTo(204);
        assertThat(admin.get(PATH + "/" + france).json().get("is_active").asBoolean()).isFalse();
        assertThat(admin.get(PATH + "?parent_id=" + europe).json().get("total").asLong()).isOne();
        assertThat(admin.get(PATH + "?parent_id=" + europe + "&include_inactive=true").json().get("total").asLong())
                .isEqualTo(2);
        assertThat(code(assertUnchangedBy(
                () -> admin.post(PATH, "{\"name\": \"Paris\", \"parent_id\": " + france + "}"), 422)))
                .isEqualTo("inactive_parent");
        assertThat(admin.delete(PATH + "/" + france).status()).isEqualTo(204);
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertProblem(admin.get(PATH + "/999999"), 404);
        assertProblem(admin.get(PATH + "/abc"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"name\": \"x\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
    }

    @Test
    void a_stale_if_match_is_412_and_changes_nothing() {
        long id = create(unique("Versioned"), ROOT);
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        assertThat(admin.patch(PATH + "/" + id, "{\"description\": \"first\"}", "If-Match", etag).status())
                .isEqualTo(200);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"description\": \"second\"}", "If-Match", etag), 412);
        assertThat(admin.get(PATH + "/" + id).json().get("description").asText()).isEqualTo("first");
    }

    @Test
    void a_user_without_user_admin_reads_units_but_changes_none() {
        long id = create(unique("Guarded"), ROOT);

        assertThat(analyst.get(PATH + "/" + id).status()).isEqualTo(200);
        assertThat(analyst.get(PATH).status()).isEqualTo(200);
        assertUnchangedAndDenied(() -> analyst.post(PATH, "{\"name\": \"Mine\", \"parent_id\": 1}"));
        assertUnchangedAndDenied(() -> analyst.patch(PATH + "/" + id, "{\"name\": \"Mine\"}"));
        assertUnchangedAndDenied(() -> analyst.delete(PATH + "/" + id));
    }

    @Test
    void every_successful_change_leaves_exactly_one_audit_row() {
        long before = auditRows();
        long id = create(unique("Audited"), ROOT);
        admin.patch(PATH + "/" + id, "{\"description\": \"audited\"}");
        admin.delete(PATH + "/" + id);

        assertThat(auditRows() - before).isEqualTo(3);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("org_unit"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("org_unit.create", "org_unit.update", "org_unit.deactivate");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"ok\"}",
        "{\"name\": \"ok\", \"parent_id\": null}",
        "{\"name\": \"ok\", \"parent_id\": 0}",
        "{\"name\": \"ok\", \"parent_id\": \"1\"}",
        "{\"name\": \"ok\", \"parent_id\": 2147483648}",
        "{\"name\": \"\", \"parent_id\": 1}",
        "{\"name\": 5, \"parent_id\": 1}",
        "{\"name\": \"ok\", \"parent_id\": 1, \"path\": [1]}",
        "{}",
        "[]",
    })
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": null}",
        "{\"parent_id\": null}",
        "{\"parent_id\": -3}",
        "{\"is_active\": false}",
        "{\"id\": 3}",
        "{}",
    })
    void malformed_patches_are_400_problems_and_change_nothing(String body) {
        long id = create(unique("Stable"), ROOT);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "limit=0", "sort=parent_id", "parent_id=abc", "parent_id=0",
        "include_inactive=yes"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    private long create(String name, long parent) {
        Api.Response created = admin.post(PATH, "{\"name\": \"" + name + "\", \"parent_id\": " + parent + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void assertUnchangedAndDenied(Supplier<Api.Response> call) {
        long denials = probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.like("org_unit.%")
                .and(AUDIT_LOGS.ERROR_MESSAGE.eq("missing permission user:admin")));
        long units = probe.dsl().fetchCount(ORG_UNITS);
        String lastChange = lastChange();

        assertProblem(call.get(), 403);

        assertThat(probe.dsl().fetchCount(ORG_UNITS)).isEqualTo(units);
        assertThat(lastChange()).isEqualTo(lastChange);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.like("org_unit.%")
                .and(AUDIT_LOGS.ERROR_MESSAGE.eq("missing permission user:admin")))).isEqualTo(denials + 1);
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long units = probe.dsl().fetchCount(ORG_UNITS);
        String lastChange = lastChange();
        long audits = auditRows();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(ORG_UNITS)).as("units").isEqualTo(units);
        assertThat(lastChange()).as("last change").isEqualTo(lastChange);
        assertThat(auditRows()).as("audit rows").isEqualTo(audits);
        return response;
    }

    private String lastChange() {
        return probe.dsl().select(DSL.max(ORG_UNITS.UPDATED_AT)).from(ORG_UNITS).fetchOne(0, String.class);
    }

    private static String code(Api.Response problem) {
        return problem.json().get("code").asText();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private long auditRows() {
        return probe.dsl().fetchCount(AUDIT_LOGS);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
