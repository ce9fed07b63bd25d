package io.aegis.application.framework.port.out;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The catalogs and baselines shipped inside Aegis, loadable offline. */
public interface BundledCatalogs {

    /**
     * One shipped catalog.
     *
     * @param key         its stable name on the command line and in the API ({@code nist-800-53r5})
     * @param title       what it is, for people
     * @param licence     the licence its content is shipped under, with the attribution it asks for
     * @param baselineKeys the keys of the baselines shipped for it ({@code nist-800-53r5-moderate})
     */
    record Bundled(String key, String title, String licence, List<String> baselineKeys) {

        public Bundled {
            baselineKeys = List.copyOf(baselineKeys);
        }
    }

    List<Bundled> list();

    /** The catalog file under {@code key}, uncompressed; empty for an unknown key. The caller closes it. */
    Optional<InputStream> openCatalog(String key);

    /** The baseline profile file under {@code key}, uncompressed; empty for an unknown key. The caller closes it. */
    Optional<InputStream> openBaseline(String key);
}
