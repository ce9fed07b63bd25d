package io.aegis.application.framework.port.out;

import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import java.io.InputStream;
import java.util.List;

/** The file formats of control mappings (OSCAL mapping-collection JSON, the OLIR / trestle crosswalk CSV). */
public interface MappingFileReader {

    /**
     * Reads a whole mapping file into the pairs of controls it relates, in the file's order. A pair its file leaves
     * untyped is {@code related}; an entry naming no target (a gap in the crosswalk) gives no row.
     *
     * @throws UnreadableMappingFileException when the file is not of {@code format}, is malformed or truncated, holds
     *                                        a value no mapping may hold, or more than {@code maxRows} pairs
     */
    List<MappingFileRow> read(InputStream file, MappingFormat format, int maxRows);
}
