package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aRole;
import static io.aegis.application.identity.IdentityMother.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.UserRoleView;
import io.aegis.application.identity.port.in.UserSortField;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserReadModel} must answer, on the same data in every store. */
public abstract class UserReadModelContract {

    private UserReadModel readModel;
    private RoleId admins;
    private RoleId retired;

    /** A read model and the repositories over the same empty store (no seeded roles). */
    protected abstract Stores emptyStores();

    public record Stores(UserRepository users, RoleRepository roles, UserReadModel readModel) {
    }

    /**
     * alice (Admins, Auditors), bob (inactive), Carol Danvers (signed in last), dave (signed in first, holds
     * only the retired role), erin_100% (no role).
     */
    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        readModel = stores.readModel();
        UserRepository users = stores.users();
        RoleRepository roles = stores.roles();
        admins = roles.insert(aRole("Admins")).id().orElseThrow();
        RoleId auditors = roles.insert(aRole("auditors")).id().orElseThrow();
        Role retiredRole = roles.insert(aRole("Retired"));
        retired = retiredRole.id().orElseThrow();
        roles.update(retiredRole.deactivate(T0.plusSeconds(1)), retiredRole.version());

        User alice = users.insert(aUser("alice"));
        User bob = users.insert(aBareUser("bob", T0.plusSeconds(1)));
        users.update(bob.deactivate(T0.plusSeconds(2)), bob.version());
        User carol = users.insert(User.define(new Username("carol"),
                new EmailAddress("cd@marvel.example"), IdentityMother.A_HASH,
                new UserProfile("Carol Danvers", null, null, null, null, null), Optional.empty(),
                T0.plusSeconds(3)));
        users.update(carol.recordLogin(T0.plusSeconds(50)), carol.version());
        User dave = users.insert(aBareUser("dave", T0.plusSeconds(4)));
        users.update(dave.recordLogin(T0.plusSeconds(40)), dave.version());
        users.insert(aBareUser("erin_100", T0.plusSeconds(5)));

        roles.assignRoles(alice.id().orElseThrow(), Set.of(admins, auditors));
        roles.assignRoles(dave.id().orElseThrow(), Set.of(retired));
    }

    @Test
    void lists_active_users_by_username_by_default() {
        Page<UserView> page = readModel.list(ListUsersQuery.firstActive());

        assertThat(usernames(page)).containsExactly("alice", "carol", "dave", "erin_100");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void filters_by_activity_or_lists_both() {
        assertThat(usernames(readModel.list(query(Optional.empty(), Optional.of(false), Optional.empty(), List.of(),
                PageRequest.first())))).containsExactly("bob");
        assertThat(usernames(readModel.list(query(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                PageRequest.first())))).containsExactly("alice", "bob", "carol", "dave", "erin_100");
    }

    @Test
    void text_search_looks_into_username_email_and_full_name_ignoring_case() {
        assertThat(usernames(search("DANVERS"))).containsExactly("carol");
        assertThat(usernames(search("MARVEL"))).containsExactly("carol");
        assertThat(usernames(search("Ali"))).containsExactly("alice");
    }

    @Test
    void text_search_treats_like_wildcards_as_plain_characters() {
        assertThat(usernames(search("%"))).isEmpty();
        assertThat(usernames(search("_"))).containsExactly("erin_100");
    }

    @Test
    void filters_by_an_active_role_and_an_inactive_role_is_held_by_nobody() {
        assertThat(usernames(readModel.list(query(Optional.empty(), Optional.of(true), Optional.of(admins), List.of(),
                PageRequest.first())))).containsExactly("alice");
        assertThat(readModel.list(query(Optional.empty(), Optional.empty(), Optional.of(retired), List.of(),
                PageRequest.first())).items()).isEmpty();
    }

    @Test
    void sorts_by_last_login_with_those_never_signed_in_first_then_by_id() {
        Page<UserView> ascending = readModel.list(query(Optional.empty(), Optional.of(true), Optional.empty(),
                List.of(SortOrder.ascending(UserSortField.LAST_LOGIN)), PageRequest.first()));
        Page<UserView> descending = readModel.list(query(Optional.empty(), Optional.of(true), Optional.empty(),
                List.of(new SortOrder<>(UserSortField.LAST_LOGIN, true)), PageRequest.first()));

        assertThat(usernames(ascending)).containsExactly("alice", "erin_100", "dave", "carol");
        assertThat(usernames(descending)).containsExactly("carol", "dave", "erin_100", "alice");
    }

    @Test
    void sorts_by_email_and_by_creation_descending() {
        assertThat(usernames(readModel.list(query(Optional.empty(), Optional.of(true), Optional.empty(),
                List.of(SortOrder.ascending(UserSortField.EMAIL)), PageRequest.first()))))
                .containsExactly("alice", "carol", "dave", "erin_100");
        assertThat(usernames(readModel.list(query(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new SortOrder<>(UserSortField.CREATED_AT, true)), PageRequest.first()))))
                .containsExactly("erin_100", "dave", "carol", "bob", "alice");
    }

    @Test
    void pages_count_every_match() {
        Page<UserView> page = readModel.list(query(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                new PageRequest(2, 1)));

        assertThat(usernames(page)).containsExactly("bob", "carol");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void views_carry_every_property_and_the_active_roles_by_name() {
        UserView alice = search("alice").items().get(0);
        UserView dave = search("dave").items().get(0);

        assertThat(alice.email()).isEqualTo("alice@example.org");
        assertThat(alice.fullName()).isEqualTo("Full alice");
        assertThat(alice.department()).isEqualTo("Security");
        assertThat(alice.jobTitle()).isEqualTo("Analyst");
        assertThat(alice.phone()).isEqualTo("+49 30 123456");
        assertThat(alice.profilePicture()).isEqualTo("https://img.example.org/alice.png");
        assertThat(alice.azureAdId()).isEqualTo("aad-alice");
        assertThat(alice.preferences()).isEqualTo("{\"theme\":\"dark\",\"page_size\":25}");
        assertThat(alice.active()).isTrue();
        assertThat(alice.verified()).isFalse();
        assertThat(alice.lastLogin()).isNull();
        assertThat(alice.createdAt()).isEqualTo(T0);
        assertThat(alice.roles()).extracting(UserRoleView::name).containsExactly("Admins", "auditors");
        assertThat(alice.roles().get(0).id()).isEqualTo(admins.value());
        assertThat(dave.roles()).isEmpty();
        assertThat(dave.lastLogin()).isEqualTo(T0.plusSeconds(40));
    }

    private Page<UserView> search(String text) {
        return readModel.list(query(Optional.of(text), Optional.empty(), Optional.empty(), List.of(),
                PageRequest.first()));
    }

    private static ListUsersQuery query(Optional<String> text, Optional<Boolean> active, Optional<RoleId> role,
                                        List<SortOrder<UserSortField>> sort, PageRequest page) {
        return new ListUsersQuery(text, active, role, sort, page);
    }

    private static List<String> usernames(Page<UserView> page) {
        return page.items().stream().map(UserView::username).toList();
    }
}
