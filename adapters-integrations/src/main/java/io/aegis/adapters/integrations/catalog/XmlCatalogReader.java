package io.aegis.adapters.integrations.catalog;

import io.aegis.adapters.integrations.catalog.oscal.OscalProfileReader;
import io.aegis.adapters.integrations.catalog.oscal.OscalXmlCatalogReader;
import io.aegis.adapters.integrations.catalog.xml.CatalogXml;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.application.framework.port.out.CatalogReader;
import java.io.InputStream;

/**
 * The catalog formats Aegis reads in XML: OSCAL's catalog and profile, told apart by the root element. The file is
 * read as a stream (see {@link CatalogXml}).
 */
public final class XmlCatalogReader implements CatalogReader {

    @Override
    public FrameworkCatalog readCatalog(InputStream file, int maxEntries) {
        return CatalogXml.read(file, xml -> {
            requireRoot(xml.getLocalName(), "catalog");
            return OscalXmlCatalogReader.read(xml, maxEntries);
        });
    }

    @Override
    public BaselineProfile readProfile(InputStream file) {
        return CatalogXml.read(file, xml -> {
            requireRoot(xml.getLocalName(), "profile");
            return OscalProfileReader.read(xml);
        });
    }

    private static void requireRoot(String root, String wanted) {
        if (root.equals(wanted)) {
            return;
        }
        throw new UnreadableCatalogException(JsonCatalogReader.OSCAL_MODELS.contains(root)
                ? "The file is an OSCAL " + root + ", not a " + wanted + "."
                : "The file is no OSCAL " + wanted + " (its root element is <" + root + ">).");
    }
}
