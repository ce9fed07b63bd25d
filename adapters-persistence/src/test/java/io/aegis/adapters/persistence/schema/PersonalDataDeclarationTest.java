package io.aegis.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.jooq.DefaultSchema;
import io.aegis.adapters.persistence.jooq.tables.Users;
import io.aegis.application.privacy.PersonalDataItem;
import io.aegis.application.privacy.PersonalDataRegister;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * Holds the register of personal data to the schema the migrations build: a new column that points at a user, or
 * whose name says it holds a person's data, fails here until it is declared (or said here not to be personal).
 */
class PersonalDataDeclarationTest {

    /** Column names that hold a person's data wherever they appear. */
    private static final Pattern PERSONAL_NAME = Pattern.compile(
            "email|username|full_name|phone|ip_address|client_address|user_agent|azure_ad_id|profile_picture"
                    + "|assessor_external");

    /** Columns whose names look personal but are not, and why. */
    private static final Map<String, String> NOT_PERSONAL = Map.of(
            "assets.ip_address", "an asset's network address, not a person's");

    @Test
    void every_declared_column_exists() {
        Set<String> columns = allColumns();
        assertThat(PersonalDataRegister.items().stream()
                .flatMap(item -> item.columns().stream().map(column -> item.table() + "." + column)))
                .allSatisfy(column -> assertThat(columns).contains(column));
    }

    @Test
    void every_column_that_points_at_a_user_is_declared() {
        Set<String> referencing = new TreeSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (ForeignKey<?, ?> key : table.getReferences()) {
                if (key.getKey().getTable().equals(Users.USERS)) {
                    key.getFields().forEach(field -> referencing.add(table.getName() + "." + field.getName()));
                }
            }
        }
        assertThat(referencing).isNotEmpty().isSubsetOf(declaredColumns());
    }

    @Test
    void every_column_named_like_personal_data_is_declared_or_said_not_to_be() {
        Set<String> named = new TreeSet<>();
        for (String column : allColumns()) {
            if (PERSONAL_NAME.matcher(column.substring(column.indexOf('.') + 1)).matches()
                    && !NOT_PERSONAL.containsKey(column)) {
                named.add(column);
            }
        }
        assertThat(named).isNotEmpty().isSubsetOf(declaredColumns());
    }

    private static Set<String> declaredColumns() {
        Set<String> declared = new TreeSet<>();
        for (PersonalDataItem item : PersonalDataRegister.items()) {
            if (item.member().isEmpty()) {
                item.columns().forEach(column -> declared.add(item.table() + "." + column));
            }
        }
        return declared;
    }

    private static Set<String> allColumns() {
        Set<String> columns = new TreeSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                columns.add(table.getName() + "." + field.getName());
            }
        }
        return columns;
    }
}
