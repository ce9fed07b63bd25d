package io.aegis.adapters.integrations.catalog;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.application.framework.port.out.CatalogReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Catalog files in either of their formats, told apart by content: a file whose first character (past white space
 * and a byte-order mark) is {@code <} is XML ({@link XmlCatalogReader}), any other JSON ({@link JsonCatalogReader}).
 * Uploads and the command line need not say which.
 */
public final class FileCatalogReader implements CatalogReader {

    /** How far to look past white space and a byte-order mark for the '<' of XML. */
    private static final int SNIFF_BYTES = 64;

    private final JsonCatalogReader json = new JsonCatalogReader();
    private final XmlCatalogReader xml = new XmlCatalogReader();

    @Override
    public FrameworkCatalog readCatalog(InputStream file, int maxEntries) {
        BufferedInputStream buffered = new BufferedInputStream(file);
        return isXml(buffered) ? xml.readCatalog(buffered, maxEntries) : json.readCatalog(buffered, maxEntries);
    }

    @Override
    public BaselineProfile readProfile(InputStream file) {
        BufferedInputStream buffered = new BufferedInputStream(file);
        return isXml(buffered) ? xml.readProfile(buffered) : json.readProfile(buffered);
    }

    /** Whether the file starts like XML; the stream is left where it was. */
    private static boolean isXml(BufferedInputStream file) {
        try {
            file.mark(SNIFF_BYTES);
            int read;
            int looked = 0;
            do {
                read = file.read();
                looked++;
            } while (looked < SNIFF_BYTES && (Character.isWhitespace(read) || read == 0xEF || read == 0xBB
                    || read == 0xBF));
            file.reset();
            return read == '<';
        } catch (IOException e) {
            throw new UnreadableCatalogException("The file could not be read.");
        }
    }
}
