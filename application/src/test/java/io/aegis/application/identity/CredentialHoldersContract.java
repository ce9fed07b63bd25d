package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aRole;
import static io.aegis.application.identity.IdentityMother.aSecret;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.CredentialHolders.Held;
import io.aegis.application.identity.port.out.CredentialHolders;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What authentication relies on from the one read of a credential with its user and grants: the credential as
 * stored (revoked or not: the application decides), the user as stored, and exactly the grants
 * {@link RoleRepository#grantsOf} reads, whichever adapter holds them.
 */
public abstract class CredentialHoldersContract {

    private CredentialHolders holders;
    private Stores stores;
    private UserId alice;

    /** The read under test and the stores it reads, over one empty store. */
    protected abstract Stores emptyStores();

    public record Stores(CredentialHolders holders, UserRepository users, RoleRepository roles,
                         AuthTokenRepository tokens, ApiKeyRepository keys) {
    }

    @BeforeEach
    void load() {
        stores = emptyStores();
        holders = stores.holders();
        alice = stores.users().insert(aBareUser("alice", T0)).id().orElseThrow();
        stores.users().insert(aBareUser("bob", T0));
    }

    @Test
    void a_token_comes_with_its_user_and_each_grant_of_the_users_active_roles() {
        RoleId readers = stores.roles().insert(aRole("Readers", Permission.RISK_READ)).id().orElseThrow();
        RoleId writers = stores.roles().insert(aRole("Writers", Permission.RISK_WRITE)).id().orElseThrow();
        Role retired = stores.roles().insert(aRole("Retired", Permission.USER_ADMIN));
        stores.roles().update(retired.deactivate(T0.plusSeconds(1)), retired.version());
        stores.roles().assign(alice, Set.of(new RoleAssignment(readers, OrgUnitId.ROOT, true),
                new RoleAssignment(writers, OrgUnitId.ROOT, false),
                new RoleAssignment(retired.id().orElseThrow(), OrgUnitId.ROOT, true)));
        AuthToken token = stores.tokens().insert(aToken(1), RequestOrigin.LOCAL);

        Held<AuthToken> held = holders.ofToken(token.hash()).orElseThrow();

        assertThat(held.credential().id()).isEqualTo(token.id());
        assertThat(held.credential().userId()).isEqualTo(alice);
        assertThat(held.user().id()).contains(alice);
        assertThat(held.user().username().value()).isEqualTo("alice");
        assertThat(held.grants()).containsExactlyInAnyOrderElementsOf(stores.roles().grantsOf(alice))
                .containsExactlyInAnyOrder(
                        new RoleGrant(new RoleAssignment(readers, OrgUnitId.ROOT, true), Set.of(Permission.RISK_READ)),
                        new RoleGrant(new RoleAssignment(writers, OrgUnitId.ROOT, false),
                                Set.of(Permission.RISK_WRITE)));
    }

    @Test
    void a_user_without_an_active_role_is_found_with_no_grant() {
        stores.tokens().insert(aToken(1), RequestOrigin.LOCAL);

        Held<AuthToken> held = holders.ofToken(aToken(1).hash()).orElseThrow();

        assertThat(held.user().id()).contains(alice);
        assertThat(held.grants()).isEmpty();
    }

    @Test
    void a_revoked_token_and_a_deactivated_user_are_read_as_they_are_stored() {
        long id = stores.tokens().insert(aToken(1), RequestOrigin.LOCAL).id().orElseThrow();
        stores.tokens().revoke(id, T0.plusSeconds(5));
        User user = stores.users().findById(alice).orElseThrow();
        stores.users().update(user.deactivate(T0.plusSeconds(6)), user.version());

        Held<AuthToken> held = holders.ofToken(aToken(1).hash()).orElseThrow();

        assertThat(held.credential().revokedAt()).contains(T0.plusSeconds(5));
        assertThat(held.user().active()).isFalse();
    }

    @Test
    void an_api_key_comes_with_its_user_and_grants_and_an_unknown_secret_with_nothing() {
        RoleId readers = stores.roles().insert(aRole("Readers", Permission.RISK_READ)).id().orElseThrow();
        stores.roles().assign(alice, Set.of(new RoleAssignment(readers, OrgUnitId.ROOT, true)));
        ApiKey key = stores.keys().insert(ApiKey.create(alice, "CI", aSecret(CredentialKind.API_KEY, 2),
                Optional.of(Set.of(Permission.RISK_READ)), EnumSet.allOf(Permission.class), Optional.empty(), T0));

        Held<ApiKey> held = holders.ofApiKey(key.hash()).orElseThrow();

        assertThat(held.credential().id()).isEqualTo(key.id());
        assertThat(held.credential().scope()).contains(Set.of(Permission.RISK_READ));
        assertThat(held.user().id()).contains(alice);
        assertThat(held.grants()).containsExactly(
                new RoleGrant(new RoleAssignment(readers, OrgUnitId.ROOT, true), Set.of(Permission.RISK_READ)));
        assertThat(holders.ofApiKey(aSecret(CredentialKind.API_KEY, 3).hash())).isEmpty();
        assertThat(holders.ofToken(aSecret(CredentialKind.LOGIN_TOKEN, 3).hash())).isEmpty();
        // a key's secret is not a token's
        assertThat(holders.ofToken(key.hash())).isEmpty();
    }

    private AuthToken aToken(int seed) {
        return AuthToken.issue(alice, aSecret(CredentialKind.LOGIN_TOKEN, seed).hash(), T0, SessionTimeouts.DEFAULT);
    }
}
