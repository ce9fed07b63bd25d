package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aSecret;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.in.ApiKeySortField;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What authentication and the key list rely on from the store of API keys, whichever adapter holds them. */
public abstract class ApiKeyRepositoryContract {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    private ApiKeyRepository keys;
    private UserId alice;
    private UserId bob;

    /** The key store and the users it refers to, over one empty store. */
    protected abstract Stores emptyStores();

    public record Stores(UserRepository users, ApiKeyRepository keys) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        keys = stores.keys();
        alice = stores.users().insert(aBareUser("alice", T0)).id().orElseThrow();
        bob = stores.users().insert(aBareUser("bob", T0)).id().orElseThrow();
    }

    @Test
    void a_stored_key_is_found_by_id_and_by_hash_as_it_was_created() {
        ApiKey created = aKey(alice, "CI pipeline", 1, Optional.of(Set.of(Permission.RISK_READ)),
                Optional.of(T0.plus(Duration.ofDays(30))));

        ApiKey stored = keys.insert(created);

        assertThat(stored.id()).isPresent();
        for (ApiKey found : List.of(keys.findById(stored.id().orElseThrow()).orElseThrow(),
                keys.findByHash(created.hash()).orElseThrow())) {
            assertThat(found.id()).isEqualTo(stored.id());
            assertThat(found.userId()).isEqualTo(alice);
            assertThat(found.name()).isEqualTo("CI pipeline");
            assertThat(found.displayPrefix()).isEqualTo(created.displayPrefix());
            assertThat(found.hash()).isEqualTo(created.hash());
            assertThat(found.scope()).contains(Set.of(Permission.RISK_READ));
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.expiresAt()).contains(T0.plus(Duration.ofDays(30)));
            assertThat(found.revokedAt()).isEmpty();
        }
    }

    @Test
    void a_key_without_scope_or_expiry_stays_without_them() {
        ApiKey stored = keys.insert(aKey(alice, "all of mine", 1, Optional.empty(), Optional.empty()));

        ApiKey found = keys.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.scope()).isEmpty();
        assertThat(found.expiresAt()).isEmpty();
        assertThat(found.permissionsWithin(ScopedPermissions.everywhere(Set.of(Permission.USER_READ))).permissions()).containsExactly(Permission.USER_READ);
    }

    @Test
    void unknown_ids_and_hashes_find_nothing() {
        ApiKey stored = keys.insert(aKey(alice, "k", 1, Optional.empty(), Optional.empty()));

        assertThat(keys.findById(stored.id().orElseThrow() + 1)).isEmpty();
        assertThat(keys.findByHash(aSecret(CredentialKind.API_KEY, 2).hash())).isEmpty();
    }

    @Test
    void a_users_keys_list_newest_first_with_revoked_ones_and_nobody_elses() {
        long first = idOf(keys.insert(aKey(alice, "first", 1, Optional.empty(), Optional.empty())));
        keys.insert(aKey(bob, "bob's", 2, Optional.empty(), Optional.empty()));
        long second = idOf(keys.insert(aKey(alice, "second", 3, Optional.empty(), Optional.empty())));
        long third = idOf(keys.insert(aKey(alice, "third", 4, Optional.empty(), Optional.empty())));
        keys.revoke(second, LATER);

        var page = keys.ofUser(alice, new ListApiKeysQuery(List.of(), new PageRequest(2, 0)));
        var rest = keys.ofUser(alice, new ListApiKeysQuery(List.of(), new PageRequest(2, 2)));

        assertThat(page.items()).extracting(key -> key.id().orElseThrow()).containsExactly(third, second);
        assertThat(rest.items()).extracting(key -> key.id().orElseThrow()).containsExactly(first);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(1).revokedAt()).contains(LATER);
    }

    @Test
    void a_users_keys_sort_by_name_ignoring_case_either_way() {
        keys.insert(aKey(alice, "beta", 1, Optional.empty(), Optional.empty()));
        keys.insert(aKey(alice, "Alpha", 2, Optional.empty(), Optional.empty()));
        keys.insert(aKey(alice, "gamma", 3, Optional.empty(), Optional.empty()));

        assertThat(names(new SortOrder<>(ApiKeySortField.NAME, false))).containsExactly("Alpha", "beta", "gamma");
        assertThat(names(new SortOrder<>(ApiKeySortField.NAME, true))).containsExactly("gamma", "beta", "Alpha");
        assertThat(names(new SortOrder<>(ApiKeySortField.CREATED_AT, false)))
                .containsExactly("beta", "Alpha", "gamma");
    }

    @Test
    void a_revoked_key_keeps_the_moment_it_was_first_revoked() {
        long id = idOf(keys.insert(aKey(alice, "k", 1, Optional.empty(), Optional.empty())));

        keys.revoke(id, LATER);
        keys.revoke(id, LATER.plusSeconds(60));

        ApiKey found = keys.findById(id).orElseThrow();
        assertThat(found.revokedAt()).contains(LATER);
        assertThat(found.isValidAt(LATER)).isFalse();
    }

    @Test
    void revoking_all_of_a_user_spares_other_users_and_earlier_revocations() {
        long early = idOf(keys.insert(aKey(alice, "early", 1, Optional.empty(), Optional.empty())));
        long live = idOf(keys.insert(aKey(alice, "live", 2, Optional.empty(), Optional.empty())));
        long bobs = idOf(keys.insert(aKey(bob, "bob's", 3, Optional.empty(), Optional.empty())));
        keys.revoke(early, T0.plusSeconds(1));

        keys.revokeAllOf(alice, LATER);

        assertThat(keys.findById(early).orElseThrow().revokedAt()).contains(T0.plusSeconds(1));
        assertThat(keys.findById(live).orElseThrow().revokedAt()).contains(LATER);
        assertThat(keys.findById(bobs).orElseThrow().revokedAt()).isEmpty();
    }

    private List<String> names(SortOrder<ApiKeySortField> order) {
        return keys.ofUser(alice, new ListApiKeysQuery(List.of(order), PageRequest.first())).items().stream()
                .map(ApiKey::name).toList();
    }

    private static long idOf(ApiKey key) {
        return key.id().orElseThrow();
    }

    private static ApiKey aKey(UserId owner, String name, int secretSeed, Optional<Set<Permission>> scope,
                               Optional<Instant> expiresAt) {
        return ApiKey.create(owner, name, aSecret(CredentialKind.API_KEY, secretSeed), scope, EnumSet.allOf(Permission.class), expiresAt, T0);
    }
}
