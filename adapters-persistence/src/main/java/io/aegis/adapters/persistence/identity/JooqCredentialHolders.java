package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.API_KEYS;
import static io.aegis.adapters.persistence.jooq.Tables.AUTH_TOKENS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.application.identity.port.out.CredentialHolders;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A credential, its user and the user's grants in one query: one row per grant (the credential and the user
 * repeated), or one row without a grant for a user who holds no active role. Every authenticated request runs it,
 * so its SQL is rendered once, here, and only the hash is bound per request (rendering was jOOQ's first cost in
 * issue #11's profile).
 */
public final class JooqCredentialHolders implements CredentialHolders {

    private final DSLContext dsl;
    private final Rendered tokens;
    private final Rendered apiKeys;

    public JooqCredentialHolders(DSLContext dsl) {
        this.dsl = dsl;
        this.tokens = render(dsl, AUTH_TOKENS, AUTH_TOKENS.TOKEN_HASH, AUTH_TOKENS.USER_ID);
        this.apiKeys = render(dsl, API_KEYS, API_KEYS.KEY_HASH, API_KEYS.USER_ID);
    }

    @Override
    public Optional<Held<AuthToken>> ofToken(SecretHash hash) {
        return held(tokens, hash, row -> JooqAuthTokenRepository.toDomain(row.into(AUTH_TOKENS)));
    }

    @Override
    public Optional<Held<ApiKey>> ofApiKey(SecretHash hash) {
        return held(apiKeys, hash, row -> JooqApiKeyRepository.toDomain(row.into(API_KEYS)));
    }

    /** The query's SQL with one bind marker, the hash, and the fields its columns are read as, in order. */
    private record Rendered(String sql, Field<?>[] fields) {
    }

    private static Rendered render(DSLContext dsl, Table<?> credentials, TableField<?, String> hashColumn,
                                   TableField<?, Integer> userColumn) {
        Select<Record> query = dsl.select(credentials.fields()).select(USERS.fields()).select(RoleGrantRows.FIELDS)
                .from(credentials)
                .join(USERS).on(USERS.ID.eq(userColumn))
                .leftJoin(RoleGrantRows.ACTIVE).on(USER_ROLES.USER_ID.eq(USERS.ID))
                .where(hashColumn.eq(DSL.val("", String.class)));
        return new Rendered(dsl.render(query), query.getSelect().toArray(Field<?>[]::new));
    }

    private <C> Optional<Held<C>> held(Rendered query, SecretHash hash, Function<Record, C> credential) {
        Result<Record> rows = dsl.resultQuery(query.sql(), hash.value()).coerce(query.fields()).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        // the left join brings one row without a grant when the user holds no active role
        List<RoleGrant> grants = rows.stream().filter(row -> row.get(USER_ROLES.ROLE_ID) != null)
                .map(RoleGrantRows::toGrant).toList();
        return Optional.of(new Held<>(credential.apply(first), UserRows.toDomain(first.into(USERS)), grants));
    }
}
