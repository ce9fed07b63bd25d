package io.aegis.application.framework;

import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.framework.port.in.ImportCatalogUseCase;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

/**
 * Imports a catalog file into the framework it updates ({@link CatalogImport}), in one transaction; a dry run
 * reports the same without storing. The file is read whole before the transaction (a stream is read once, and the
 * transaction may run again), once the actor is known to hold the permission: nobody without it has a file parsed.
 */
public record ImportCatalogService(UseCaseRunner run, CatalogReader reader, FrameworkRepository frameworks,
                                   ControlRepository controls) implements ImportCatalogUseCase {

    @Override
    public CatalogImportReport importCatalog(Actor actor, ImportCatalogCommand command) {
        run.require(actor, Permission.FRAMEWORK_WRITE, CatalogImport.ACTION);
        FrameworkCatalog catalog = reader.readCatalog(command.file(), ImportCatalogCommand.MAX_ENTRIES);
        if (command.dryRun()) {
            return run.consistentRead(actor, Permission.FRAMEWORK_WRITE, CatalogImport.ACTION,
                    () -> CatalogImport.compare(catalog, frameworks, controls).dryRun());
        }
        return run.change(actor, Permission.FRAMEWORK_WRITE, CatalogImport.ACTION,
                change -> CatalogImport.compare(catalog, frameworks, controls).store(change, frameworks, controls));
    }
}
