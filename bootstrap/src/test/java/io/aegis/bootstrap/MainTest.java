package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final CommandLine cli = new CommandLine();

    @TempDir
    Path folder;

    @Test
    void help_lists_the_commands_and_every_setting() {
        assertThat(cli.run(Map.of(), "--help")).isEqualTo(Main.OK);

        assertThat(cli.out()).contains("serve", "migrate", "--version")
                .contains("AEGIS_DB_URL", "AEGIS_PORT", "AEGIS_DB_PASSWORD", "AEGIS_MAX_REQUEST_BYTES");
    }

    @Test
    void version_prints_the_build_version() {
        assertThat(cli.run(Map.of(), "--version")).isEqualTo(Main.OK);

        assertThat(cli.out()).startsWith("aegis ").doesNotContain("${");
    }

    @Test
    void an_unknown_command_or_extra_argument_is_a_usage_error() {
        assertThat(cli.run(Map.of(), "frobnicate")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("unknown command: frobnicate", "Usage:");
        assertThat(cli.run(Map.of(), "migrate", "now")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("unexpected arguments: now", "Usage:");
    }

    @Test
    void the_commands_docs_list_as_planned_are_unknown_commands_whatever_follows_them() {
        for (String[] planned : List.of(new String[] {"import", "scan", "--format", "nessus", "scan.nessus"},
                new String[] {"backup", "--to", "aegis.bak"},
                new String[] {"restore", "--from", "aegis.bak"}, new String[] {"export", "--to", "dir"},
                new String[] {"import-all", "--from", "dir"}, new String[] {"admin", "list-users"},
                new String[] {"audit", "repair"})) {
            String command = planned[0].equals("admin") || planned[0].equals("audit") || planned[0].equals("import")
                    ? planned[0] + " " + planned[1] : planned[0];

            assertThat(cli.run(Map.of(), planned)).as(command).isEqualTo(Main.USAGE);
            assertThat(cli.err()).as(command).startsWith("unknown command: " + command + System.lineSeparator())
                    .contains("Usage:");
            assertThat(cli.out()).as(command).isEmpty();
        }
    }

    @Test
    void a_bad_setting_is_a_usage_error_naming_it() {
        assertThat(cli.run(Map.of("AEGIS_PORT", "eighty"), "migrate")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("AEGIS_PORT");
    }

    @Test
    void migrate_creates_a_fresh_sqlite_database_including_its_folder_and_is_idempotent() {
        Path file = folder.resolve("nested/folder/aegis.db");
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + file);

        assertThat(cli.run(env, "migrate")).isEqualTo(Main.OK);
        assertThat(cli.out()).containsPattern("[1-9][0-9]* migrations applied");
        assertThat(cli.run(env, "migrate")).isEqualTo(Main.OK);
        assertThat(cli.out()).contains("0 migrations applied");

        try (Database db = Database.connect(new DatabaseSettings("jdbc:sqlite:" + file, "", "", 1))) {
            assertThat(db.dsl().meta().getTables()).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void a_node_older_than_the_database_schema_refuses_to_start_naming_both_versions() {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("newer.db"),
                "AEGIS_DATA_DIR", folder.resolve("data").toString(), "AEGIS_PORT", "0");
        assertThat(cli.run(env, "migrate")).isEqualTo(Main.OK);
        try (Database db = Database.connect(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("newer.db"), "", "",
                1))) {
            // what a later release's first node does to the database
            Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:db/migration/sqlite", "classpath:db/later-release/sqlite").load().migrate();
        }

        assertThat(cli.run(env, "serve")).isEqualTo(Main.FAILED);
        assertThat(cli.err()).containsPattern("serve failed: the database schema is at version 99, newer than this"
                + " Aegis, whose migrations end at version [1-9][0-9]*: run a release that carries version 99");
    }

    @Test
    void an_unreachable_database_fails_with_a_message_and_no_secret() {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:mysql://127.0.0.1:1/aegis?connectTimeout=500",
                "AEGIS_DB_PASSWORD", "hunter2");

        assertThat(cli.run(env, "migrate")).isEqualTo(Main.FAILED);
        assertThat(cli.err()).contains("migrate failed").doesNotContain("hunter2");
    }

    @Test
    void admin_commands_create_a_user_and_reset_a_password_offline() {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("admin.db"),
                "AEGIS_NEW_PASSWORD", "break glass in case of fire", "AEGIS_BCRYPT_COST", "4");

        assertThat(cli.run(env, "admin", "create-user", "--username", "Ops", "--email", "ops@example.com",
                "--role", "Admin")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).contains("created user ops");
        assertThat(cli.run(env, "admin", "reset-password", "--username", "ops")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).contains("password of ops reset");

        assertThat(cli.run(env, "admin", "reset-password", "--username", "nobody")).isEqualTo(Main.FAILED);
        assertThat(cli.run(env, "admin", "create-user", "--username", "xyz")).isEqualTo(Main.USAGE);
        assertThat(cli.run(env, "admin", "create-user", "--username", "x", "--email", "x@example.com"))
                .isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("invalid username");
        assertThat(cli.run(env, "admin", "create-user", "--username", "yyy", "--email", "y@example.com", "--role",
                "Emperor")).isEqualTo(Main.FAILED);
        assertThat(cli.err()).contains("no role named Emperor");
        assertThat(cli.out() + cli.err()).doesNotContain("break glass in case of fire");
    }

    @Test
    void import_framework_imports_a_catalog_file_or_a_bundled_one_offline() throws IOException {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("import.db"));
        Path catalog = folder.resolve("catalog.json");
        try (InputStream in = MainTest.class.getResourceAsStream("/catalog/sample-catalog-v1.json")) {
            Files.copy(in, catalog);
        }

        assertThat(cli.run(env, "import", "framework", catalog.toString(), "--dry-run")).as(cli.err())
                .isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("dry run, nothing stored: new framework 'Aegis Sample Catalog' version 1.0:"
                + " 7 added, 0 changed, 0 withdrawn, 0 unchanged");
        assertThat(cli.run(env, "import", "framework", catalog.toString())).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("new framework 1 'Aegis Sample Catalog' version 1.0: 7 added");
        assertThat(cli.run(env, "import", "framework", catalog.toString())).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).contains("0 added, 0 changed, 0 withdrawn, 7 unchanged");

        assertThat(cli.run(env, "import", "framework", "--bundled", "nist-csf-2.0")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("new framework 2 ");
        assertThat(cli.run(env, "import", "framework", "--bundled", "no-such-catalog")).isEqualTo(Main.FAILED);
        assertThat(cli.out()).contains("not imported: bundled catalog no-such-catalog does not exist");
        Files.writeString(catalog, "{\"catalog\": {");
        assertThat(cli.run(env, "import", "framework", catalog.toString())).isEqualTo(Main.FAILED);
        assertThat(cli.out()).startsWith("not imported: ");
        assertThat(cli.run(env, "import", "framework")).isEqualTo(Main.USAGE);
        assertThat(cli.run(env, "import", "framework", "a.json", "b.json")).isEqualTo(Main.USAGE);
        assertThat(cli.run(env, "import", "framework", folder.resolve("absent.json").toString())).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("there is no file");
    }

    @Test
    void import_framework_reads_an_oscal_xml_file_as_the_bundled_800_171_it_is() throws IOException {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("xml.db"));
        Path catalog = folder.resolve("NIST_SP800-171_rev3_catalog.xml");
        try (InputStream in = new GZIPInputStream(MainTest.class.getResourceAsStream(
                "/io/aegis/adapters/integrations/catalog/bundled/nist-800-171r3.xml.gz"))) {
            Files.copy(in, catalog);
        }

        assertThat(cli.run(env, "import", "framework", catalog.toString())).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("new framework 1 'Protecting Controlled Unclassified Information in "
                + "Nonfederal Systems and Organizations' version 1.0.0: 244 added");
        assertThat(cli.run(env, "import", "framework", "--bundled", "nist-800-171r3")).as(cli.err())
                .isEqualTo(Main.OK);
        assertThat(cli.out()).contains("0 added, 0 changed, 0 withdrawn, 244 unchanged");
        Files.writeString(catalog, "<catalog><metadata><title>T</title>");
        assertThat(cli.run(env, "import", "framework", catalog.toString())).isEqualTo(Main.FAILED);
        assertThat(cli.out()).startsWith("not imported: The file ends before its XML is complete (truncated?)");
    }
}
