package io.aegis.adapters.persistence;

import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.jooq.tables.Users;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The owner of a row as read models name it: a left join of {@link #OWNER} on the row's owner id, and
 * {@link #OWNER_NAME}, the owner's display name (full name, else username), which every reader of the row sees.
 */
public final class OwnerNames {

    public static final Users OWNER = USERS.as("owner");
    public static final Field<String> OWNER_NAME = DSL.coalesce(OWNER.FULL_NAME, OWNER.USERNAME).as("owner_name");

    private OwnerNames() {
    }
}
