package io.aegis.adapters.web.organisation;

/** The body of {@code POST /org-units}; the value objects validate the content. */
public record CreateOrgUnitRequest(String name, Long parentId, String description) {
}
