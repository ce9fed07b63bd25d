package io.aegis.adapters.web.asset;

/** The body of {@code POST /asset-categories}; the value objects validate the content. */
public record CreateAssetCategoryRequest(String name, String description, String color) {
}
