package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface ImportCatalogUseCase {

    CatalogImportReport importCatalog(Actor actor, ImportCatalogCommand command);
}
