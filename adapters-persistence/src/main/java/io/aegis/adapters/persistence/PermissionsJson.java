package io.aegis.adapters.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.aegis.domain.identity.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Permission sets as stored in {@code roles.permissions} and {@code api_keys.permissions}: a JSON array
 * of keys such as {@code ["asset:read","risk:write"]}, sorted so equal sets are stored alike. A key this
 * version of Aegis does not know is skipped, never granted: a downgrade cannot widen access.
 */
public final class PermissionsJson {

    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    private PermissionsJson() {
    }

    public static String write(Set<Permission> permissions) {
        return JsonColumns.render(permissions.stream().map(Permission::key).sorted().toList());
    }

    /**
     * Whether a stored set grants {@code permission}, in SQL. The set is a JSON array of plain keys, so the quoted
     * key matches one whole element and nothing else; {@code contains} escapes LIKE's wildcards.
     */
    public static Condition grants(Field<String> column, Permission permission) {
        return column.contains("\"" + permission.key() + "\"");
    }

    public static Set<Permission> read(String json) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        JsonColumns.parse(json, KEYS).forEach(key -> Permission.fromKey(key).ifPresent(permissions::add));
        return permissions;
    }
}
