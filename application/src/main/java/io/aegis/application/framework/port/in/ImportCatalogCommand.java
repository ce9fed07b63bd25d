package io.aegis.application.framework.port.in;

import java.io.InputStream;
import java.util.Objects;

/**
 * @param file   the catalog file (OSCAL catalog JSON, the OWASP ASVS JSON); the caller closes it
 * @param dryRun report what the import would change and store nothing
 */
public record ImportCatalogCommand(InputStream file, boolean dryRun) {

    /** More entries than the largest catalog Aegis knows (800-53 Rev 5: 1,209) by far, and a bound on memory. */
    public static final int MAX_ENTRIES = 20_000;

    public ImportCatalogCommand {
        Objects.requireNonNull(file, "file");
    }
}
