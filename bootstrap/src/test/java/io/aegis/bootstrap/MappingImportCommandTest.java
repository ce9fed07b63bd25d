package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar aegis.jar import mappings ...}, through {@link Main#run} as the jar runs it, on SQLite. */
class MappingImportCommandTest {

    private final CommandLine cli = new CommandLine();

    @TempDir
    Path folder;

    @Test
    void the_csf_to_800_53_collection_is_imported_offline_between_the_bundled_catalogs() throws IOException {
        Map<String, String> env = Map.of("AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("mappings.db"),
                "AEGIS_DATA_DIR", folder.resolve("data").toString());
        Path collection = folder.resolve("collection.json");
        try (InputStream in = MappingImportCommandTest.class.getResourceAsStream(
                "/mapping/NIST_CSF_v2.0-to-NIST_SP-800-53_rev5_mapping-collection.json")) {
            Files.copy(in, collection);
        }
        assertThat(cli.run(env, "import", "framework", "--bundled", "nist-csf-2.0")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.run(env, "import", "framework", "--bundled", "nist-800-53r5")).as(cli.err()).isEqualTo(Main.OK);
        String file = collection.toString();

        assertThat(cli.run(env, "import", "mappings", file, "--format", "oscal", "--source", "1", "--target", "2"))
                .isEqualTo(Main.FAILED);
        assertThat(cli.out()).startsWith("not imported: 8 rows were refused; nothing was stored")
                .contains("  refused mappings[0].maps[23]: target sa-24 names no control of framework 2");
        assertThat(cli.run(env, "import", "mappings", file, "--format", "oscal", "--source", "1", "--target", "2",
                "--skip-unknown", "--dry-run")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("dry run, nothing stored: framework 1 to framework 2: 737 pairs, 729 added,"
                + " 0 updated, 0 unchanged, 8 skipped");
        assertThat(cli.run(env, "import", "mappings", "--skip-unknown", "--format", "oscal", "--source", "1",
                "--target", "2", file)).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("framework 1 to framework 2: 737 pairs, 729 added");
        assertThat(cli.run(env, "import", "mappings", file, "--format", "oscal", "--source", "1", "--target", "2",
                "--skip-unknown")).as(cli.err()).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("framework 1 to framework 2: 737 pairs, 0 added, 0 updated, 729 unchanged");

        assertThat(cli.run(env, "import", "mappings", file, "--format", "xml", "--source", "1", "--target", "2"))
                .isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("--format must be one of oscal, csv");
        assertThat(cli.run(env, "import", "mappings", file, "--format", "oscal", "--source", "1"))
                .isEqualTo(Main.USAGE);
        assertThat(cli.run(env, "import", "mappings", folder.resolve("absent.json").toString(), "--format", "oscal",
                "--source", "1", "--target", "2")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("there is no file");
        Files.writeString(collection, "{\"mapping-collection\": {");
        assertThat(cli.run(env, "import", "mappings", file, "--format", "oscal", "--source", "1", "--target", "2"))
                .isEqualTo(Main.FAILED);
        assertThat(cli.out()).startsWith("not imported: the file is not well-formed JSON");
    }
}
