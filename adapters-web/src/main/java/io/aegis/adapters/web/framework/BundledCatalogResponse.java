package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.BundledCatalogView;
import java.util.List;

public record BundledCatalogResponse(String key, String title, String licence, List<String> baselineKeys) {

    static BundledCatalogResponse of(BundledCatalogView view) {
        return new BundledCatalogResponse(view.key(), view.title(), view.licence(), view.baselineKeys());
    }
}
