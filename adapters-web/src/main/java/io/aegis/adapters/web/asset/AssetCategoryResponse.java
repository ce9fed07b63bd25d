package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.asset.port.in.AssetCategoryView;
import java.time.Instant;

public record AssetCategoryResponse(long id, String name, String description, String color,
                                    @JsonProperty("is_active") boolean active, Instant createdAt,
                                    Instant updatedAt) {

    static AssetCategoryResponse of(AssetCategoryView view) {
        return new AssetCategoryResponse(view.id(), view.name(), view.description(), view.color(), view.active(),
                view.createdAt(), view.updatedAt());
    }
}
