package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import java.util.List;

public interface ListBundledCatalogsUseCase {

    List<BundledCatalogView> list(Actor actor);
}
