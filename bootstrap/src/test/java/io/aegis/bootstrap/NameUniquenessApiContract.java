package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.application.port.ConflictException;
import io.aegis.domain.shared.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names unique ignoring case (asset categories, roles, risk matrices) get the same verdict on SQLite and on
 * MariaDB, whose default collation would call {@code é} and {@code e}, {@code ß} and {@code ss}, or {@code trail}
 * and {@code trail } one name: each case below must answer the same on both databases (issue #8, point 14).
 */
abstract class NameUniquenessApiContract extends RunningAegisContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A name, a second name, and whether the second is the first one again. */
    private record Case(String first, String second, boolean same) {
    }

    private static final List<Case> CASES = List.of(
            new Case("Café", "Cafe\u0301", true),                  // composed and decomposed é (NFC)
            new Case("Café", "Cafe", false),                        // accents matter
            new Case("Straße", "Strasse", false),                   // ß is not ss
            new Case("Maße", "MASSE", false),                       // nor in upper case
            new Case("Servers", "SERVERS", true),                   // letter case does not matter
            new Case("Ärzte", "ärzte", true),                       // beyond ASCII too
            new Case("Ελλάδα", "ΕΛΛΆΔΑ", true),
            new Case("trail", "trail ", true),                      // surrounding white space is trimmed
            new Case("trail", "\u00a0trail\u00a0", true),           // no-break spaces included
            new Case("trail", "trail.", false),
            new Case("ﬁle", "file", false),                         // a ligature is another character (no NFKC)
            new Case("a b", "a  b", false));                        // inner white space is kept

    private static final Map<String, Function<String, String>> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("/api/v1/asset-categories", name -> JSON.createObjectNode().put("name", name).toString());
        RESOURCES.put("/api/v1/roles", name -> JSON.createObjectNode().put("name", name).toString());
        RESOURCES.put("/api/v1/risk-matrices", name -> RiskMatrixApiContract.body(name, 3, 3, false));
        // unique among the units of one parent: all are placed under the root
        RESOURCES.put("/api/v1/org-units", name -> JSON.createObjectNode().put("name", name).put("parent_id", 1)
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/asset-categories", "/api/v1/roles", "/api/v1/risk-matrices",
        "/api/v1/org-units"})
    void every_case_gets_the_same_verdict_on_every_database(String path) {
        for (Case c : CASES) {
            String tag = UUID.randomUUID().toString().substring(0, 8) + " ";
            Api.Response first = admin.post(path, RESOURCES.get(path).apply(tagged(tag, c.first())));
            assertThat(first.status()).as(c + " first: " + first.body()).isEqualTo(201);

            Api.Response second = admin.post(path, RESOURCES.get(path).apply(tagged(tag, c.second())));

            assertThat(second.status()).as(c + " second: " + second.body()).isEqualTo(c.same() ? 409 : 201);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/asset-categories", "/api/v1/roles", "/api/v1/risk-matrices",
        "/api/v1/org-units"})
    void a_rename_onto_another_name_in_another_form_is_409(String path) {
        String tag = UUID.randomUUID().toString().substring(0, 8) + " ";
        admin.post(path, RESOURCES.get(path).apply(tag + "Ärzte"));
        long other = admin.post(path, RESOURCES.get(path).apply(tag + "Zahnärzte")).json().get("id").asLong();

        Api.Response renamed = admin.patch(path + "/" + other, JSON.createObjectNode()
                .put("name", " " + tag + "A\u0308RZTE ").toString());

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(409);
    }

    @Test
    void names_are_stored_composed_and_trimmed_and_found_by_any_case() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/asset-categories",
                JSON.createObjectNode().put("name", "\u00a0Cafe\u0301 " + tag + " ").toString());

        assertThat(created.json().get("name").asText()).isEqualTo("Café " + tag);
        assertThat(admin.get("/api/v1/asset-categories?name=CAF%C3%89%20" + tag).json().get("total").asLong())
                .isOne();
    }

    @Test
    void the_database_itself_refuses_a_second_row_with_the_same_key_as_a_race_would_write_it() {
        String tag = UUID.randomUUID().toString().substring(0, 8) + " ";
        insertCategory(tag + "Ärzte");

        assertThat(refused(() -> insertCategory(tag + "ÄRZTE"))).isTrue();
        assertThat(refused(() -> insertCategory(tag + "Arzte"))).isFalse();
        assertThat(refused(() -> insertCategory(tag + "Strasse"))).isFalse();
        assertThat(refused(() -> insertCategory(tag + "Straße"))).isFalse();
    }

    private void insertCategory(String name) {
        String stored = Names.require("name", name, 100);
        probe.dsl().insertInto(ASSET_CATEGORIES).set(ASSET_CATEGORIES.NAME, stored)
                .set(ASSET_CATEGORIES.NAME_KEY, Names.key(stored)).execute();
    }

    private static boolean refused(Runnable insert) {
        try {
            insert.run();
            return false;
        } catch (ConflictException e) {
            return true;
        }
    }

    /** {@code name} with {@code tag} after its leading white space, so that every run has names of its own. */
    private static String tagged(String tag, String name) {
        int start = 0;
        while (start < name.length() && Character.isSpaceChar(name.charAt(start))) {
            start++;
        }
        return name.substring(0, start) + tag + name.substring(start);
    }
}
