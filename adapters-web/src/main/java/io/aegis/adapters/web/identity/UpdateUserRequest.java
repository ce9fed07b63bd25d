package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;

/**
 * The body of {@code PATCH /users/{id}}: the profile, preferences and flags. The password changes only through
 * {@code /me/password}, and roles through {@code PUT /users/{id}/roles}, so neither is a field here.
 */
public record UpdateUserRequest(@NotClearable Patch<String> username, @NotClearable Patch<String> email,
                                Patch<String> fullName, Patch<String> department, Patch<String> jobTitle,
                                Patch<String> phone, Patch<String> profilePicture, Patch<String> azureAdId,
                                Patch<JsonNode> preferences,
                                @NotClearable @JsonProperty("is_active") Patch<Boolean> active,
                                @NotClearable @JsonProperty("is_verified") Patch<Boolean> verified) {
}
