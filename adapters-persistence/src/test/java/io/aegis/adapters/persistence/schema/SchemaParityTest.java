package io.aegis.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite and MySQL migrations are two spellings of one schema: migrated side by side (a SQLite file and a
 * fresh MariaDB database), they must report the same tables, columns, types, nullability, defaults, keys and
 * indexes, hold the same reference data, and their CHECKs written differently (GLOB on SQLite, REGEXP on
 * MySQL) must accept exactly the same strings.
 */
class SchemaParityTest {

    /** Fixed, so that a disagreement found once is found again. */
    private static final long SEED = 20_240_601L;
    private static final int GENERATED = 1_500;
    /** SQLite: "UNIQUE constraint failed"; MySQL: "Duplicate entry". */
    private static final Pattern DUPLICATE = Pattern.compile("(?i)unique|duplicate");

    @TempDir
    Path directory;

    @Test
    void bothDatabasesMigrateToTheSameSchema() {
        try (TestDatabase mariaDb = TestDatabase.mariaDb(); TestDatabase sqlite = TestDatabase.sqlite(directory);
             Database onMariaDb = mariaDb.openMigrated(); Database onSqlite = sqlite.openMigrated()) {
            List<String> sqliteSchema = SchemaSnapshot.read(onSqlite).describe();
            List<String> mariaDbSchema = SchemaSnapshot.read(onMariaDb).describe();
            assertThat(SchemaSnapshot.difference("SQLite", sqliteSchema, "MariaDB", mariaDbSchema))
                    .as("schema differences").isEmpty();
            assertThat(sqliteSchema).hasSizeGreaterThan(500);
        }
    }

    @Test
    void bothDatabasesHoldTheSameReferenceData() throws SQLException {
        String roles = "SELECT name, description, permissions, is_active FROM roles ORDER BY id";
        String matrices = "SELECT name, description, likelihood_levels, impact_levels, risk_scores, risk_levels,"
                + " is_default, is_active FROM risk_matrices ORDER BY id";
        String units = "SELECT id, name, name_key, parent_id, description, is_active FROM org_units ORDER BY id";
        try (TestDatabase mariaDb = TestDatabase.mariaDb(); TestDatabase sqlite = TestDatabase.sqlite(directory);
             Database onMariaDb = mariaDb.openMigrated(); Database onSqlite = sqlite.openMigrated()) {
            assertThat(rows(onMariaDb, roles)).isEqualTo(rows(onSqlite, roles)).hasSize(3);
            assertThat(rows(onMariaDb, matrices)).isEqualTo(rows(onSqlite, matrices)).hasSize(1);
            assertThat(rows(onMariaDb, units)).isEqualTo(rows(onSqlite, units)).hasSize(1);
        }
    }

    @Test
    void emailAndIpAddressChecksAcceptTheSameStringsOnBothDatabases() throws SQLException {
        try (TestDatabase mariaDb = TestDatabase.mariaDb(); TestDatabase sqlite = TestDatabase.sqlite(directory);
             Database onMariaDb = mariaDb.openMigrated(); Database onSqlite = sqlite.openMigrated()) {
            Random random = new Random(SEED);
            assertSameVerdicts(onSqlite, onMariaDb, "chk_email_format",
                    "INSERT INTO users (email, username) VALUES (?, 'parity')", emailCandidates(random));
            assertSameVerdicts(onSqlite, onMariaDb, "chk_ip_address_format",
                    "INSERT INTO assets (name, asset_type, ip_address) VALUES ('parity', 'server', ?)",
                    ipAddressCandidates(random));
        }
    }

    /**
     * Every unique text column compares byte by byte on both databases (V10): of a name and its variants in
     * case, accents, composition, spelling and white space, only the identical string is a duplicate. Aegis
     * normalises names before it stores them (docs/SCHEMA.md, "Unique names"). Not among the variants: a trailing
     * U+0020, which MySQL's utf8mb4_bin pads away (PAD SPACE) and Aegis never stores.
     */
    @Test
    void uniqueTextColumnsCompareByteByByteOnBothDatabases() throws SQLException {
        String name = "Café Straße";
        List<String> names = List.of(name, "Cafe\u0301 Straße", "Cafe Straße", "Café Strasse", "CAFÉ STRASSE",
                "café straße", "Café Straße\t", "Café Straße\u00a0", " Café Straße", "Café  Straße", "Café Straße.");
        String username = "ada.lovelace";
        List<String> usernames = List.of(username, "ADA.LOVELACE", "Ada.Lovelace", "ada.lovelacé", "ada_lovelace",
                "ada.lovelace\t", "ada.lovelace\u00a0", "\u0430da.lovelace");
        String email = "ada@example.com";
        List<String> emails = List.of(email, "ADA@example.com", "ada@EXAMPLE.COM", "ada@example.co", "ada@exampie.com");
        try (TestDatabase mariaDb = TestDatabase.mariaDb(); TestDatabase sqlite = TestDatabase.sqlite(directory);
             Database onMariaDb = mariaDb.openMigrated(); Database onSqlite = sqlite.openMigrated()) {
            for (Database database : List.of(onSqlite, onMariaDb)) {
                assertOnlyTheSameIsDuplicate(database, "INSERT INTO roles (name, description) VALUES (?, ?)", names);
                assertOnlyTheSameIsDuplicate(database, "INSERT INTO roles (name_key, name) VALUES (?, ?)", names);
                assertOnlyTheSameIsDuplicate(database,
                        "INSERT INTO asset_categories (name, description) VALUES (?, ?)", names);
                assertOnlyTheSameIsDuplicate(database,
                        "INSERT INTO asset_categories (name_key, name) VALUES (?, ?)", names);
                assertOnlyTheSameIsDuplicate(database, "INSERT INTO risk_matrices (name_key, name) VALUES (?, ?)",
                        names);
                assertOnlyTheSameIsDuplicate(database,
                        "INSERT INTO org_units (parent_id, name_key, name) VALUES (1, ?, ?)", names);
                assertOnlyTheSameIsDuplicate(database, "INSERT INTO users (username, email) VALUES (?, ?)",
                        usernames);
                assertOnlyTheSameIsDuplicate(database, "INSERT INTO users (email, username) VALUES (?, ?)", emails);
            }
        }
    }

    /**
     * Inserts the first of {@code values}, then each one after it in a savepoint rolled back at once; the second
     * parameter of {@code insert} gets a value of its own each time. Only the first value again may be refused.
     */
    private static void assertOnlyTheSameIsDuplicate(Database database, String insert, List<String> values)
            throws SQLException {
        Map<String, Boolean> refused = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(false);
            statement.setString(1, values.get(0));
            statement.setString(2, "parity@example.com");
            statement.executeUpdate();
            for (int i = 0; i < values.size(); i++) {
                var savepoint = connection.setSavepoint();
                statement.setString(1, values.get(i));
                statement.setString(2, "parity" + i + "@example.com");
                try {
                    statement.executeUpdate();
                    refused.put(Rows.printable(values.get(i)), false);
                } catch (SQLException e) {
                    if (!DUPLICATE.matcher(String.valueOf(e.getMessage())).find()) {
                        throw e;
                    }
                    refused.put(Rows.printable(values.get(i)), true);
                }
                connection.rollback(savepoint);
            }
            connection.rollback();
        }
        Map<String, Boolean> expected = new LinkedHashMap<>();
        values.forEach(value -> expected.put(Rows.printable(value), value.equals(values.get(0))));
        assertThat(refused).as(insert).isEqualTo(expected);
    }

    private static void assertSameVerdicts(Database sqlite, Database mariaDb, String check, String insert,
                                           List<String> candidates) throws SQLException {
        Map<String, Boolean> onSqlite = verdicts(sqlite, check, insert, candidates);
        Map<String, Boolean> onMariaDb = verdicts(mariaDb, check, insert, candidates);
        List<String> disagreements = candidates.stream()
                .filter(c -> !onSqlite.get(c).equals(onMariaDb.get(c)))
                .map(c -> Rows.printable(c) + " accepted by " + (onSqlite.get(c) ? "SQLite" : "MariaDB") + " only")
                .toList();
        assertThat(disagreements).as(check + " disagreements").isEmpty();
        // a corpus that only ever hits one side would prove nothing
        assertThat(onSqlite.values()).as(check + " verdicts").contains(true, false);
        assertThat(onSqlite.values().stream().filter(accepted -> accepted).count())
                .as("%s: accepted candidates", check).isGreaterThan(100);
    }

    /** Inserts each candidate in a transaction rolled back at once: true if accepted, false if the CHECK refused. */
    private static Map<String, Boolean> verdicts(Database database, String check, String insert,
                                                 List<String> candidates) throws SQLException {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(false);
            for (String candidate : candidates) {
                statement.setString(1, candidate);
                try {
                    statement.executeUpdate();
                    verdicts.put(candidate, true);
                } catch (SQLException e) {
                    if (e.getMessage() == null || !e.getMessage().contains(check)) {
                        throw e;
                    }
                    verdicts.put(candidate, false);
                } finally {
                    connection.rollback();
                }
            }
        }
        return verdicts;
    }

    private static List<String> emailCandidates(Random random) {
        Set<String> candidates = new LinkedHashSet<>(List.of(
                "ada@example.com", "A.B-c_d%e+f@mail-1.example.ORG", "x@..co", "x@-.co", "._%+-@-.xx", "ada",
                "ada@example", "ada@example.c", "ada@@example.com", "@example.com", "ada@.com", "ada@exam_ple.com",
                "ada@example.com\n", "ada@example.com\r\n", "ada@example.com\u2028", "ada@example.com\u0000",
                "\u017f@example.com", "ada@example.\u212a\u212a", "ad\u00e9@example.com", "ADA@EXAMPLE.COM"));
        String[] tokens = {"a", "Z", "9", ".", "-", "_", "%", "+", "@", "co", "ex", "\u00e9", "\u017f", "\u212a",
                " ", "\n", "\u0000", "*", "?", "[", "]", "\\"};
        while (candidates.size() < GENERATED) {
            String local = pick(random, "aZ9._%+-", 1, 4);
            String domain = pick(random, "aZ9.-", 1, 5);
            String tld = pick(random, "aZ", 0, 3);
            String shaped = local + "@" + domain + "." + tld;
            candidates.add(random.nextInt(3) == 0 ? tokens(random, tokens, 1, 10) : mutate(random, shaped, tokens));
        }
        return List.copyOf(candidates);
    }

    private static List<String> ipAddressCandidates(Random random) {
        Set<String> candidates = new LinkedHashSet<>(List.of(
                "192.0.2.1", "999.999.999.999", "1.2.3", "1.2.3.4.5", "1234.1.1.1", "1..2.3", "", "::", "::1",
                "2001:db8::1", "::ffff:192.0.2.1", "fe80:1", "fe80::1%eth0", "[::1]", "192.0.2.1\n", "::1\n",
                "192.0.2.1\u0000", "\uff11.2.3.4", "::\u0661"));
        String[] tokens = {"1", "25", "255", "0", ".", ":", "::", "a", "F", "g", "%", " ", "\n", "\u0000", "\u00e9",
                "[", "*", "-"};
        while (candidates.size() < GENERATED) {
            Supplier<String> ipv4 = () -> Stream.generate(() -> pick(random, "0123456789", 0, 4))
                    .limit(3 + random.nextInt(3)).collect(Collectors.joining("."));
            Supplier<String> ipv6 = () -> Stream.generate(() -> pick(random, "09aAfFg", 0, 4))
                    .limit(1 + random.nextInt(8)).collect(Collectors.joining(":"));
            String candidate = switch (random.nextInt(3)) {
                case 0 -> mutate(random, ipv4.get(), tokens);
                case 1 -> mutate(random, ipv6.get(), tokens);
                default -> tokens(random, tokens, 1, 8);
            };
            // longer values exceed VARCHAR(45), which MySQL refuses before any CHECK
            if (candidate.length() <= 45) {
                candidates.add(candidate);
            }
        }
        return List.copyOf(candidates);
    }

    /** A third of the time, one token inserted at a random place. */
    private static String mutate(Random random, String value, String[] tokens) {
        if (random.nextInt(3) != 0) {
            return value;
        }
        int at = random.nextInt(value.length() + 1);
        return value.substring(0, at) + tokens[random.nextInt(tokens.length)] + value.substring(at);
    }

    private static String pick(Random random, String alphabet, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String tokens(Random random, String[] tokens, int min, int max) {
        StringBuilder text = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            text.append(tokens[random.nextInt(tokens.length)]);
        }
        return text.toString();
    }

    private static List<List<String>> rows(Database database, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
