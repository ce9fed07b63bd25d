package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123456789Z");
    private static final Instant T0_MILLIS = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final PasswordHash HASH = new PasswordHash("$2b$04$first");

    private final User alice = User.define(new Username("Alice"), new EmailAddress("Alice@Example.org"), HASH,
            new UserProfile("Alice Wonder", "IT", null, null, null, null),
            Optional.of(new Preferences("{\"theme\":\"dark\"}")), T0);

    @Test
    void a_new_user_is_active_unverified_never_signed_in_and_unsaved() {
        assertThat(alice.id()).isEmpty();
        assertThat(alice.username().value()).isEqualTo("alice");
        assertThat(alice.email().value()).isEqualTo("alice@example.org");
        assertThat(alice.active()).isTrue();
        assertThat(alice.verified()).isFalse();
        assertThat(alice.lastLogin()).isEmpty();
        assertThat(alice.passwordHash()).contains(HASH);
        assertThat(alice.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(alice.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void revising_replaces_what_an_administrator_edits_and_keeps_the_password_and_the_last_login() {
        User signedIn = alice.identifiedAs(new UserId(4)).recordLogin(T0.plusSeconds(5));

        User revised = signedIn.revise(new Username("alice2"), new EmailAddress("a2@example.org"), UserProfile.EMPTY,
                Optional.empty(), false, true, T0.plusSeconds(60));

        assertThat(revised.id()).contains(new UserId(4));
        assertThat(revised.username().value()).isEqualTo("alice2");
        assertThat(revised.profile()).isEqualTo(UserProfile.EMPTY);
        assertThat(revised.preferences()).isEmpty();
        assertThat(revised.active()).isFalse();
        assertThat(revised.verified()).isTrue();
        assertThat(revised.passwordHash()).contains(HASH);
        assertThat(revised.lastLogin()).contains(T0_MILLIS.plusSeconds(5));
        assertThat(revised.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(revised.version()).isEqualTo(T0_MILLIS.plusSeconds(60));
    }

    @Test
    void every_change_moves_the_version_forward_even_when_the_clock_does_not() {
        User deactivated = alice.deactivate(T0);
        User activated = deactivated.activate(T0.minusSeconds(5));
        User newPassword = activated.changePassword(new PasswordHash("$2b$04$second"), T0);
        User signedIn = newPassword.recordLogin(T0);
        User reassigned = signedIn.recordRoleChange(T0);

        assertThat(deactivated.active()).isFalse();
        assertThat(activated.active()).isTrue();
        assertThat(newPassword.passwordHash()).contains(new PasswordHash("$2b$04$second"));
        assertThat(signedIn.lastLogin()).contains(T0_MILLIS);
        assertThat(reassigned.version()).isEqualTo(T0_MILLIS.plusMillis(5));
        assertThat(java.util.List.of(deactivated, activated, newPassword, signedIn, reassigned))
                .extracting(User::version)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void a_password_someone_else_chose_must_be_changed_and_only_the_users_own_choice_clears_that() {
        User created = alice.withPasswordToChange().identifiedAs(new UserId(4));
        PasswordHash chosen = new PasswordHash("$2b$04$chosen");

        User signedIn = created.recordLogin(T0.plusSeconds(1));
        User revised = signedIn.revise(signedIn.username(), signedIn.email(), UserProfile.EMPTY, Optional.empty(),
                true, true, T0.plusSeconds(2));
        User changed = revised.changePassword(chosen, T0.plusSeconds(3));
        User reset = changed.resetPassword(new PasswordHash("$2b$04$reset"), T0.plusSeconds(4));

        assertThat(alice.mustChangePassword()).isFalse();
        assertThat(List.of(created, signedIn, revised)).allMatch(User::mustChangePassword);
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.passwordHash()).contains(chosen);
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.version()).isAfter(changed.version());
        assertThatThrownBy(created::withPasswordToChange).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_restored_user_may_lack_a_password_and_an_update_time() {
        User restored = User.restore(new UserId(9), new Username("sso.only"), new EmailAddress("sso@example.org"),
                null, UserProfile.EMPTY, null, true, true, null, false, T0_MILLIS, null);

        assertThat(restored.passwordHash()).isEmpty();
        assertThat(restored.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void a_restored_users_version_keeps_milliseconds_whoever_stamped_the_row() {
        Instant microseconds = Instant.parse("2026-11-27T08:15:00.123456Z");

        User neverUpdated = User.restore(new UserId(9), new Username("legacy"), new EmailAddress("l@example.org"),
                HASH, UserProfile.EMPTY, null, true, false, null, false, microseconds, null);
        User updatedElsewhere = User.restore(new UserId(9), new Username("legacy"), new EmailAddress("l@example.org"),
                HASH, UserProfile.EMPTY, null, true, false, null, false, T0_MILLIS, microseconds);

        assertThat(neverUpdated.version()).isEqualTo(T0_MILLIS);
        assertThat(updatedElsewhere.version()).isEqualTo(T0_MILLIS);
    }

    @Test
    void profile_properties_are_trimmed_blank_means_absent_and_each_is_bounded_by_its_column() {
        UserProfile profile = new UserProfile("  Alice  ", " ", null, "+49 30 1234", "https://img.example/a.png",
                null);

        assertThat(profile.fullName()).isEqualTo("Alice");
        assertThat(profile.department()).isNull();
        assertThatThrownBy(() -> new UserProfile(null, null, null, "1".repeat(21), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> new UserProfile("x".repeat(256), null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("full_name"));
        assertThatThrownBy(() -> new UserProfile(null, "a\tb", null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("department"));
    }

    @Test
    void a_profile_picture_is_a_web_url_never_a_script() {
        assertThatThrownBy(() -> new UserProfile(null, null, null, null, "javascript:alert(1)", null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("profile_picture"));
        assertThat(new UserProfile(null, null, null, null, "HTTPS://cdn.example/p.jpg", null).profilePicture())
                .isEqualTo("HTTPS://cdn.example/p.jpg");
    }

    @Test
    void preferences_are_a_bounded_json_object() {
        assertThat(new Preferences("  {\"a\":1} ").json()).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> new Preferences("[1]")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Preferences("{\"a\":\"" + "x".repeat(10_000) + "\"}"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new UserId(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RoleId(-1)).isInstanceOf(InvalidValueException.class);
    }
}
