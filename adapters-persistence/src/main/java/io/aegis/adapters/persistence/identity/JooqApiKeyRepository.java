package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.API_KEYS;

import io.aegis.adapters.persistence.PermissionsJson;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.ApiKeysRecord;
import io.aegis.application.identity.port.in.ApiKeySortField;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqApiKeyRepository implements ApiKeyRepository {

    private final DSLContext dsl;

    public JooqApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ApiKey insert(ApiKey key) {
        Integer id = dsl.insertInto(API_KEYS)
                .set(API_KEYS.USER_ID, Math.toIntExact(key.userId().value()))
                .set(API_KEYS.NAME, key.name())
                .set(API_KEYS.KEY_PREFIX, key.displayPrefix())
                .set(API_KEYS.KEY_HASH, key.hash().value())
                .set(API_KEYS.PERMISSIONS, key.scope().map(PermissionsJson::write).orElse(null))
                .set(API_KEYS.CREATED_AT, key.createdAt())
                .set(API_KEYS.EXPIRES_AT, key.expiresAt().orElse(null))
                .returningResult(API_KEYS.ID)
                .fetchOne(API_KEYS.ID);
        return key.identifiedAs(id);
    }

    @Override
    public Optional<ApiKey> findById(long id) {
        return dsl.selectFrom(API_KEYS).where(API_KEYS.ID.eq(Math.toIntExact(id))).fetchOptional()
                .map(JooqApiKeyRepository::toDomain);
    }

    @Override
    public Optional<ApiKey> findByHash(SecretHash hash) {
        return dsl.selectFrom(API_KEYS).where(API_KEYS.KEY_HASH.eq(hash.value())).fetchOptional()
                .map(JooqApiKeyRepository::toDomain);
    }

    @Override
    public Page<ApiKey> ofUser(UserId userId, ListApiKeysQuery query) {
        Condition ofUser = API_KEYS.USER_ID.eq(Math.toIntExact(userId.value()));
        List<ApiKey> items = dsl.selectFrom(API_KEYS).where(ofUser)
                .orderBy(Sorting.orderBy(query.sort(), JooqApiKeyRepository::column, API_KEYS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqApiKeyRepository::toDomain);
        return Page.of(items, dsl.fetchCount(API_KEYS, ofUser), query.page());
    }

    @Override
    public void revoke(long id, Instant at) {
        dsl.update(API_KEYS).set(API_KEYS.REVOKED_AT, at)
                .where(API_KEYS.ID.eq(Math.toIntExact(id)), API_KEYS.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        dsl.update(API_KEYS).set(API_KEYS.REVOKED_AT, at)
                .where(API_KEYS.USER_ID.eq(Math.toIntExact(userId.value())), API_KEYS.REVOKED_AT.isNull())
                .execute();
    }

    private static Field<?> column(ApiKeySortField field) {
        return switch (field) {
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(API_KEYS.NAME);
            // ids are handed out in creation order and, unlike two timestamps, never tie
            case CREATED_AT -> API_KEYS.ID;
        };
    }

    static ApiKey toDomain(ApiKeysRecord row) {
        return ApiKey.restore(row.getId(), new UserId(row.getUserId()), row.getName(), row.getKeyPrefix(),
                new SecretHash(row.getKeyHash()),
                row.getPermissions() == null ? null : PermissionsJson.read(row.getPermissions()),
                row.getCreatedAt(), row.getExpiresAt(), row.getRevokedAt());
    }
}
