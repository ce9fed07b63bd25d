package io.aegis.application.asset;

import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.time.Instant;
import java.util.Optional;

public final class AssetCategoryMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");

    private AssetCategoryMother() {
    }

    public static AssetCategory aCategory(String name) {
        return AssetCategory.define(new AssetCategoryName(name), Optional.of(new Description("about " + name)),
                Optional.of(new HexColor("#12ab9f")), T0);
    }

    public static AssetCategory aBareCategory(String name, Instant at) {
        return AssetCategory.define(new AssetCategoryName(name), Optional.empty(), Optional.empty(), at);
    }
}
