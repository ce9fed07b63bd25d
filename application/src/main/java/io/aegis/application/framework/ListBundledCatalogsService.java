package io.aegis.application.framework;

import io.aegis.application.framework.port.in.BundledCatalogView;
import io.aegis.application.framework.port.in.ListBundledCatalogsUseCase;
import io.aegis.application.framework.port.out.BundledCatalogs;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import java.util.List;

public record ListBundledCatalogsService(UseCaseRunner run, BundledCatalogs bundled)
        implements ListBundledCatalogsUseCase {

    @Override
    public List<BundledCatalogView> list(Actor actor) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "bundled_catalog.list");
        return bundled.list().stream().map(catalog -> new BundledCatalogView(catalog.key(), catalog.title(),
                catalog.licence(), catalog.baselineKeys())).toList();
    }
}
