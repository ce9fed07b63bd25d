package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.A_HASH;
import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Adapters extend this class and hand over a repository on an
 * empty store; the same tests then run against memory, SQLite and MariaDB.
 */
public abstract class UserRepositoryContract {

    private UserRepository repository;

    /** An adapter on an empty store. */
    protected abstract UserRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        User stored = repository.insert(aUser("alice"));

        User found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id());
        assertThat(found.username()).isEqualTo(new Username("alice"));
        assertThat(found.email()).isEqualTo(new EmailAddress("alice@example.org"));
        assertThat(found.passwordHash()).contains(A_HASH);
        assertThat(found.profile()).isEqualTo(new UserProfile("Full alice", "Security", "Analyst", "+49 30 123456",
                "https://img.example.org/alice.png", "aad-alice"));
        assertThat(found.preferences()).contains(new Preferences("{\"theme\":\"dark\",\"page_size\":25}"));
        assertThat(found.active()).isTrue();
        assertThat(found.verified()).isFalse();
        assertThat(found.lastLogin()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void absent_optional_properties_stay_absent() {
        User stored = repository.insert(aBareUser("bare", T0));

        User found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.profile()).isEqualTo(UserProfile.EMPTY);
        assertThat(found.preferences()).isEmpty();
        assertThat(found.lastLogin()).isEmpty();
    }

    @Test
    void ids_are_distinct_and_unknown_ids_find_nothing() {
        User first = repository.insert(aUser("first"));
        User second = repository.insert(aUser("second"));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(repository.findById(new UserId(987_654))).isEmpty();
    }

    @Test
    void find_by_username_finds_active_and_inactive_users() {
        User stored = repository.insert(aUser("carol"));
        repository.update(stored.deactivate(T0.plusSeconds(1)), stored.version());

        assertThat(repository.findByUsername(new Username("CAROL")).orElseThrow().id()).isEqualTo(stored.id());
        assertThat(repository.findByUsername(new Username("carol")).orElseThrow().active()).isFalse();
        assertThat(repository.findByUsername(new Username("nobody"))).isEmpty();
    }

    @Test
    void usernames_and_emails_are_taken_ignoring_case_except_by_the_user_itself() {
        User stored = repository.insert(aUser("dave"));

        assertThat(repository.usernameTaken(new Username("DAVE"), Optional.empty())).isTrue();
        assertThat(repository.usernameTaken(new Username("dave"), stored.id())).isFalse();
        assertThat(repository.usernameTaken(new Username("davey"), Optional.empty())).isFalse();
        assertThat(repository.emailTaken(new EmailAddress("Dave@Example.ORG"), Optional.empty())).isTrue();
        assertThat(repository.emailTaken(new EmailAddress("dave@example.org"), stored.id())).isFalse();
        assertThat(repository.emailTaken(new EmailAddress("dave@example.com"), Optional.empty())).isFalse();
    }

    @Test
    void an_inactive_user_still_holds_the_username_and_the_email() {
        User stored = repository.insert(aUser("erin"));
        repository.update(stored.deactivate(T0.plusSeconds(5)), stored.version());

        assertThat(repository.usernameTaken(new Username("erin"), Optional.empty())).isTrue();
        assertThat(repository.emailTaken(new EmailAddress("erin@example.org"), Optional.empty())).isTrue();
    }

    @Test
    void update_with_the_current_version_stores_every_change() {
        User stored = repository.insert(aUser("frank"));
        PasswordHash newHash = new PasswordHash("$2b$04$anotherHashShapedLikeBcryptxxxxxxxxxxxxxxxxxxxxxxxxxx");
        User changed = stored.revise(new Username("frank2"), new EmailAddress("f2@example.org"), UserProfile.EMPTY,
                        Optional.of(new Preferences("{}")), false, true, T0.plusSeconds(60))
                .changePassword(newHash, T0.plusSeconds(61))
                .recordLogin(T0.plusSeconds(62));

        assertThat(repository.update(changed, stored.version())).isTrue();

        User found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.username().value()).isEqualTo("frank2");
        assertThat(found.email().value()).isEqualTo("f2@example.org");
        assertThat(found.profile()).isEqualTo(UserProfile.EMPTY);
        assertThat(found.preferences()).contains(new Preferences("{}"));
        assertThat(found.active()).isFalse();
        assertThat(found.verified()).isTrue();
        assertThat(found.passwordHash()).contains(newHash);
        assertThat(found.lastLogin()).contains(T0.plusSeconds(62));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(changed.version());
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        User stored = repository.insert(aUser("grace"));
        User first = stored.deactivate(T0.plusSeconds(1));
        User second = stored.recordLogin(T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        User found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.active()).isFalse();
        assertThat(found.lastLogin()).isEmpty();
    }

    @Test
    void count_counts_every_user_active_or_not() {
        assertThat(repository.count()).isZero();
        User stored = repository.insert(aUser("heidi"));
        repository.insert(aUser("ivan"));
        repository.update(stored.deactivate(T0.plusSeconds(1)), stored.version());

        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void whether_the_user_must_change_the_password_is_stored_and_updated() {
        User stored = repository.insert(aUser("kim").withPasswordToChange());
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().mustChangePassword()).isTrue();

        repository.update(stored.changePassword(new PasswordHash("$2b$04$own"), T0.plusSeconds(1)), stored.version());
        User changed = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();

        repository.update(changed.resetPassword(A_HASH, T0.plusSeconds(2)), changed.version());
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void text_outside_ascii_survives_the_round_trip() {
        User stored = repository.insert(User.define(new Username("judy"), new EmailAddress("judy@example.org"),
                A_HASH, new UserProfile("Jürgen Überwachung 監視 🛡", null, null, null, null, null),
                Optional.of(new Preferences("{\"greeting\":\"こんにちは 🛡\"}")), T0));

        User found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.profile().fullName()).isEqualTo("Jürgen Überwachung 監視 🛡");
        assertThat(found.preferences().orElseThrow().json()).isEqualTo("{\"greeting\":\"こんにちは 🛡\"}");
    }
}
