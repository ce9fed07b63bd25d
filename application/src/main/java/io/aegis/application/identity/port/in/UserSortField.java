package io.aegis.application.identity.port.in;

import io.aegis.application.port.SortField;

/** What users can be listed by; {@code last_login} puts those who never signed in first when ascending. */
public enum UserSortField implements SortField {
    ID("id"),
    USERNAME("username"),
    EMAIL("email"),
    CREATED_AT("created_at"),
    LAST_LOGIN("last_login");

    private final String key;

    UserSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
