package io.aegis.adapters.integrations.catalog;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The catalogs the tests read: the ones shipped in the jar, the hand-written ones under catalog/, and text. */
final class CatalogFiles {

    static final FileCatalogReader READER = new FileCatalogReader();
    static final ClasspathBundledCatalogs BUNDLED = new ClasspathBundledCatalogs();
    static final int NO_LIMIT = 100_000;

    private CatalogFiles() {
    }

    static FrameworkCatalog bundledCatalog(String key) {
        try (InputStream file = BUNDLED.openCatalog(key).orElseThrow()) {
            return READER.readCatalog(file, NO_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BaselineProfile bundledBaseline(String key) {
        try (InputStream file = BUNDLED.openBaseline(key).orElseThrow()) {
            return READER.readProfile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bundledBytes(String key) {
        try (InputStream file = BUNDLED.openCatalog(key).orElseThrow()) {
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the test's own catalogs under catalog/, uncompressed if its name ends in .gz. */
    static FrameworkCatalog testCatalog(String name) {
        try (InputStream file = CatalogFiles.class.getResourceAsStream("/catalog/" + name)) {
            return READER.readCatalog(name.endsWith(".gz") ? new GZIPInputStream(file) : file, NO_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static CatalogEntry entry(FrameworkCatalog catalog, String label) {
        return catalog.entries().stream().filter(e -> e.controlId().equals(label)).findFirst().orElseThrow();
    }

    static List<CatalogEntry> controls(FrameworkCatalog catalog) {
        return catalog.entries().stream().filter(e -> !e.group()).toList();
    }
}
