package io.aegis.adapters.integrations.mapping;

import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.out.MappingFileReader;
import java.io.InputStream;
import java.util.List;

/** The mapping file formats Aegis reads, by the format the import names. */
public final class FileMappingReader implements MappingFileReader {

    private final OscalMappingCollectionReader oscal = new OscalMappingCollectionReader();
    private final CrosswalkCsvReader csv = new CrosswalkCsvReader();

    @Override
    public List<MappingFileRow> read(InputStream file, MappingFormat format, int maxRows) {
        return switch (format) {
            case OSCAL -> oscal.read(file, maxRows);
            case CSV -> csv.read(file, maxRows);
        };
    }
}
