package io.aegis.application.testing;

import io.aegis.application.identity.port.in.ApiKeySortField;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryApiKeys implements ApiKeyRepository {

    private final Map<Long, ApiKey> keys = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized ApiKey insert(ApiKey key) {
        ApiKey stored = key.identifiedAs(++lastId);
        keys.put(lastId, stored);
        return stored;
    }

    @Override
    public synchronized Optional<ApiKey> findById(long id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public synchronized Optional<ApiKey> findByHash(SecretHash hash) {
        return keys.values().stream().filter(key -> key.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized Page<ApiKey> ofUser(UserId userId, ListApiKeysQuery query) {
        List<ApiKey> all = keys.values().stream().filter(key -> key.userId().equals(userId))
                .sorted(order(query.sort())).toList();
        return Pages.of(all, query.page());
    }

    /** As the database orders them: names ignoring case, creation by id (ids never tie), then by id. */
    private static Comparator<ApiKey> order(List<SortOrder<ApiKeySortField>> sort) {
        Comparator<ApiKey> byId = Comparator.comparing(key -> key.id().orElseThrow());
        Comparator<ApiKey> order = (left, right) -> 0;
        for (SortOrder<ApiKeySortField> one : sort) {
            Comparator<ApiKey> field = switch (one.field()) {
                case NAME -> Comparator.comparing(key -> key.name().toLowerCase(Locale.ROOT));
                case CREATED_AT -> byId;
            };
            order = order.thenComparing(one.descending() ? field.reversed() : field);
        }
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }

    @Override
    public synchronized void revoke(long id, Instant at) {
        keys.computeIfPresent(id, (keyId, key) -> key.revoke(at));
    }

    @Override
    public synchronized void revokeAllOf(UserId userId, Instant at) {
        keys.replaceAll((keyId, key) -> key.userId().equals(userId) ? key.revoke(at) : key);
    }

    /** Whether any key of the user would still be accepted at {@code at}. */
    public synchronized boolean anyValid(UserId userId, Instant at) {
        return keys.values().stream().anyMatch(key -> key.userId().equals(userId) && key.isValidAt(at));
    }
}
