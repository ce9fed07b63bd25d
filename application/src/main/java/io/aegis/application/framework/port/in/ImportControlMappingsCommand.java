package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.FrameworkId;
import java.io.InputStream;
import java.util.Objects;

/**
 * @param file      the mapping file; the caller closes it
 * @param source    the framework whose controls the file's sources name
 * @param target    the framework whose controls the file's targets name (may be the source framework)
 * @param skipUnknown import the rows whose controls are known and report the others as skipped, instead of
 *                    refusing the file: a crosswalk made against another release of a catalog names a few controls
 *                    the imported release lacks
 * @param dryRun    report what the import would change and store nothing
 */
public record ImportControlMappingsCommand(InputStream file, MappingFormat format, FrameworkId source,
                                           FrameworkId target, boolean skipUnknown, boolean dryRun) {

    /** Pairs in one file: the CSF 2.0 to 800-53 collection has 737; a bound on memory and on one transaction. */
    public static final int MAX_ROWS = 50_000;

    public ImportControlMappingsCommand {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
