package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Words;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The choices of the inventory's filters and forms, in words, with the one in use marked. */
final class AssetOptions {

    private AssetOptions() {
    }

    static List<Option> types(String current) {
        Map<String, String> all = new LinkedHashMap<>();
        for (AssetType type : AssetType.values()) {
            all.put(type.key(), Words.label(type.key()));
        }
        return Option.of(all, current);
    }

    static List<Option> criticalities(String current) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Criticality criticality : Criticality.values()) {
            all.put(criticality.key(), Words.label(criticality.key()));
        }
        return Option.of(all, current);
    }
}
