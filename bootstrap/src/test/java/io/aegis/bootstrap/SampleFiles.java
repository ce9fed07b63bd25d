package io.aegis.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog, profile and mapping files of the tests (src/test/resources; their sources in SOURCES.md there). */
final class SampleFiles {

    /** The title the sample catalogs carry, which a test replaces to have a framework of its own. */
    static final String SAMPLE_TITLE = "Aegis Sample Catalog";

    private SampleFiles() {
    }

    /** @param path under the test resources, e.g. {@code /catalog/sample-catalog-v1.json} */
    static byte[] bytes(String path) {
        try (InputStream in = SampleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample catalog of {@code /catalog}, titled {@code name}. */
    static String catalog(String file, String name) {
        return new String(bytes("/catalog/" + file), StandardCharsets.UTF_8).replace(SAMPLE_TITLE, name);
    }
}
