package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON shapes users and roles share beyond plain text: role id lists, permission key lists, the preferences
 * object, and the activity filter of their lists. Value errors are {@link InvalidValueException}s naming the
 * field, so {@code FieldErrors} reports them with the others.
 */
final class IdentityFields {

    /** More would be a mistake, and each id is looked up. */
    static final int MAX_ROLE_IDS = 100;

    private static final String KNOWN_PERMISSIONS = Arrays.stream(Permission.values()).map(Permission::key)
            .collect(Collectors.joining(", "));

    private IdentityFields() {
    }

    /**
     * The domain calls every password {@code password}; a body names its own ({@code new_password}, ...), so a
     * refusal must name that field.
     */
    static <T> T asField(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /** {@code role_ids}: positive whole numbers; absent (null) means none. */
    static Set<RoleId> roleIds(List<Long> ids) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.size() > MAX_ROLE_IDS) {
            throw new InvalidValueException("role_ids", "may list at most " + MAX_ROLE_IDS + " roles");
        }
        Set<RoleId> roles = new HashSet<>();
        for (Long id : ids) {
            if (id == null || id < 1 || id > Integer.MAX_VALUE) {
                throw new InvalidValueException("role_ids", "must hold role ids (positive whole numbers)");
            }
            roles.add(new RoleId(id));
        }
        return roles;
    }

    /** {@code permissions}: keys such as {@code risk:read}; absent (null) means none. */
    static Set<Permission> permissions(List<String> keys) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String key : keys == null ? List.<String>of() : keys) {
            permissions.add(Permission.fromKey(key).orElseThrow(() -> new InvalidValueException("permissions",
                    "'" + key + "' is not a permission; known: " + KNOWN_PERMISSIONS)));
        }
        return permissions;
    }

    /** Every permission as a form's checkbox, those in {@code ticked} (keys) ticked. */
    static List<Option> permissionOptions(Set<String> ticked) {
        return Arrays.stream(Permission.values())
                .map(permission -> new Option(permission.key(), permission.key(), ticked.contains(permission.key())))
                .toList();
    }

    /** {@code preferences}: a JSON object, or null for none. */
    static Optional<Preferences> preferences(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new InvalidValueException("preferences", "must be a JSON object or null");
        }
        return Optional.of(new Preferences(node.toString()));
    }

    /** Stored preferences as the JSON object clients sent; null when there are none. */
    static JsonNode preferencesJson(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored preferences are not JSON", e);
        }
    }

    /**
     * Which users or roles a list shows: {@code is_active=true|false} picks one kind, {@code include_inactive=true}
     * both; by default only active ones, as for every soft-deleted resource.
     *
     * @return empty for both kinds
     */
    static Optional<Boolean> activity(ListParams<?> params) {
        boolean includeInactive = params.flag("include_inactive");
        Optional<Boolean> active = params.optionalFlag("is_active");
        if (active.isPresent() && includeInactive) {
            throw new InvalidValueException("include_inactive", "cannot be combined with is_active");
        }
        return active.isPresent() ? active : includeInactive ? Optional.empty() : Optional.of(true);
    }
}
