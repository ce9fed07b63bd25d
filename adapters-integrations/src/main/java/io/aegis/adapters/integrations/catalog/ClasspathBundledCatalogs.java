package io.aegis.adapters.integrations.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aegis.application.framework.port.out.BundledCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The catalogs shipped in this jar, under {@code bundled/} beside this class: {@code index.json} names each with
 * its file, licence and baselines; large files are gzipped ({@code .json.gz}) to keep the jar small and are handed
 * out uncompressed. {@code bundled/SOURCES.md} says where each file comes from.
 */
public final class ClasspathBundledCatalogs implements BundledCatalogs {

    private static final String FOLDER = "bundled/";

    private record Index(List<Catalog> catalogs) {
    }

    private record Catalog(String key, String title, String licence, String file, List<Baseline> baselines) {
    }

    private record Baseline(String key, String file) {
    }

    private final List<Bundled> bundled;
    private final Map<String, String> catalogFiles;
    private final Map<String, String> baselineFiles;

    /** Reads the index; a jar without it, or with a broken one, is a build that went wrong. */
    public ClasspathBundledCatalogs() {
        Index index;
        try (InputStream file = resource("index.json")) {
            index = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES).build()
                    .readValue(file, Index.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the index of bundled catalogs cannot be read", e);
        }
        bundled = index.catalogs().stream()
                .map(c -> new Bundled(c.key(), c.title(), c.licence(), c.baselines().stream().map(Baseline::key)
                        .toList()))
                .toList();
        catalogFiles = index.catalogs().stream().collect(Collectors.toUnmodifiableMap(Catalog::key, Catalog::file));
        baselineFiles = index.catalogs().stream().flatMap(c -> c.baselines().stream())
                .collect(Collectors.toUnmodifiableMap(Baseline::key, Baseline::file));
    }

    @Override
    public List<Bundled> list() {
        return bundled;
    }

    @Override
    public Optional<InputStream> openCatalog(String key) {
        return open(catalogFiles, key);
    }

    @Override
    public Optional<InputStream> openBaseline(String key) {
        return open(baselineFiles, key);
    }

    private static Optional<InputStream> open(Map<String, String> files, String key) {
        return Optional.ofNullable(files.get(key)).map(ClasspathBundledCatalogs::uncompressed);
    }

    private static InputStream uncompressed(String name) {
        InputStream file = resource(name);
        try {
            return name.endsWith(".gz") ? new GZIPInputStream(file) : file;
        } catch (IOException e) {
            UncheckedIOException broken = new UncheckedIOException("the bundled file " + name + " is not gzip", e);
            try {
                file.close();
            } catch (IOException closing) {
                broken.addSuppressed(closing);
            }
            throw broken;
        }
    }

    private static InputStream resource(String name) {
        InputStream file = ClasspathBundledCatalogs.class.getResourceAsStream(FOLDER + name);
        if (file == null) {
            throw new IllegalStateException("the bundled file " + name + " is missing from the jar");
        }
        return file;
    }
}
