package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface ImportBundledCatalogUseCase {

    BundledImportReport importBundled(Actor actor, String key, boolean dryRun);
}
