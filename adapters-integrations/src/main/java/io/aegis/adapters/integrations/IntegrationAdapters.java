package io.aegis.adapters.integrations;

import io.aegis.adapters.integrations.catalog.ClasspathBundledCatalogs;
import io.aegis.adapters.integrations.catalog.FileCatalogReader;
import io.aegis.adapters.integrations.crypto.BcryptPasswordHasher;
import io.aegis.adapters.integrations.crypto.JdkSecureRandomness;
import io.aegis.adapters.integrations.csv.CsvAssetRelationshipRowsReader;
import io.aegis.adapters.integrations.csv.CsvAssetRelationshipRowsWriter;
import io.aegis.adapters.integrations.csv.CsvAssetRowsReader;
import io.aegis.adapters.integrations.csv.CsvAssetRowsWriter;
import io.aegis.adapters.integrations.csv.CsvRiskRowsWriter;
import io.aegis.adapters.integrations.evidence.FileSystemEvidenceStore;
import io.aegis.adapters.integrations.mapping.FileMappingReader;
import io.aegis.application.core.port.AegisAdapters;
import java.nio.file.Path;

/** The standard adapters that need no database, for the product and for embedders alike. */
public final class IntegrationAdapters {

    private IntegrationAdapters() {
    }

    /**
     * @param bcryptCost    the work factor of new password hashes (4 to 16)
     * @param evidenceStore the folder evidence files are kept in, by content
     */
    public static AegisAdapters.Standalone standalone(int bcryptCost, Path evidenceStore) {
        return new AegisAdapters.Standalone(new BcryptPasswordHasher(bcryptCost), new JdkSecureRandomness(),
                new CsvAssetRowsReader(), new CsvAssetRowsWriter(), new CsvAssetRelationshipRowsReader(),
                new CsvAssetRelationshipRowsWriter(), new CsvRiskRowsWriter(), new FileCatalogReader(),
                new ClasspathBundledCatalogs(), new FileMappingReader(), new FileSystemEvidenceStore(evidenceStore));
    }
}
