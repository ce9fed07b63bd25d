package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.MappingTerms;
import java.util.Objects;

/**
 * One pair of controls a mapping file relates, as the file names them (an OSCAL control id such as {@code ac-2.1}, or
 * a label such as {@code AC-2(1)}), with what it says of them. A file's entry relating several sources to several
 * targets gives a row per pair.
 *
 * @param entry where the file says it (an OSCAL map's place, a CSV line), for the report
 */
public record MappingFileRow(String entry, String sourceRef, String targetRef, MappingTerms terms) {

    public MappingFileRow {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(targetRef, "targetRef");
        Objects.requireNonNull(terms, "terms");
    }
}
