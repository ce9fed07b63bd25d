package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import java.util.List;
import java.util.Map;

/** The new-asset form (asset/new.jte), with what was typed when the server refused it. */
public record NewAssetPage(Chrome chrome, Map<String, String> typed, List<Option> types, List<Option> criticalities,
                           FormErrors errors) {

    static NewAssetPage of(Chrome chrome, Map<String, String> typed, FormErrors errors) {
        return new NewAssetPage(chrome, typed,
                Option.ofKeys(AssetType.values(), AssetType::key, typed.getOrDefault("asset_type", "")),
                Option.ofKeys(Criticality.values(), Criticality::key,
                        typed.getOrDefault("criticality", Criticality.MEDIUM.key())),
                errors);
    }

    /** What was typed into {@code field}; empty at first. */
    public String value(String field) {
        return typed.getOrDefault(field, "");
    }
}
