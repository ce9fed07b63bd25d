package io.aegis.application.framework.port.out;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.InputStream;

/** The file formats of control catalogs and baselines (OSCAL JSON, the OWASP ASVS JSON), told apart by content. */
public interface CatalogReader {

    /**
     * Reads a whole catalog, holding at most one entry's parsed form besides the result.
     *
     * @throws UnreadableCatalogException when the file is no catalog of a known format, is malformed or truncated,
     *                                    or holds more than {@code maxEntries} entries
     */
    FrameworkCatalog readCatalog(InputStream file, int maxEntries);

    /**
     * Reads a baseline profile: the controls it includes from its catalog.
     *
     * @throws UnreadableCatalogException when the file is no OSCAL profile, or is malformed or truncated
     */
    BaselineProfile readProfile(InputStream file);
}
