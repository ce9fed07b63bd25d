package io.aegis.domain.identity;

import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.Timestamps;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who signs in to Aegis. Users are never removed, only deactivated, so that everything they own,
 * wrote or approved stays attributable. Roles are assigned separately (they are a relation, not a property).
 */
public final class User implements Versioned {

    private final UserId id;
    private final Username username;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final UserProfile profile;
    private final Preferences preferences;
    private final boolean active;
    private final boolean verified;
    private final Instant lastLogin;
    private final boolean mustChangePassword;
    private final Revision revision;

    private User(UserId id, Username username, EmailAddress email, PasswordHash passwordHash, UserProfile profile,
                 Preferences preferences, boolean active, boolean verified, Instant lastLogin,
                 boolean mustChangePassword, Revision revision) {
        this.id = id;
        this.username = Objects.requireNonNull(username, "username");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = passwordHash;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.preferences = preferences;
        this.active = active;
        this.verified = verified;
        this.lastLogin = lastLogin;
        this.mustChangePassword = mustChangePassword;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A new, active, unverified user who has never signed in; it has no id until it is stored. */
    public static User define(Username username, EmailAddress email, PasswordHash passwordHash, UserProfile profile,
                              Optional<Preferences> preferences, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new User(null, username, email, passwordHash, profile, preferences.orElse(null), true, false, null,
                false, Revision.first(now));
    }

    /**
     * The same new user, whose password someone else chose (an administrator, or Aegis generating it): they must
     * choose their own at their first sign-in before doing anything else.
     */
    public User withPasswordToChange() {
        if (id != null) {
            throw new IllegalStateException("a stored user's password is reset, not defined");
        }
        return new User(null, username, email, passwordHash, profile, preferences, active, verified, lastLogin, true,
                revision);
    }

    /**
     * Rehydrates a stored user. A row never updated has no update time: its creation time stands in for its
     * version.
     *
     * @param passwordHash null for a user who signs in elsewhere (single sign-on) and has no Aegis password
     */
    public static User restore(UserId id, Username username, EmailAddress email, PasswordHash passwordHash,
                               UserProfile profile, Preferences preferences, boolean active, boolean verified,
                               Instant lastLogin, boolean mustChangePassword, Instant createdAt,
                               Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new User(id, username, email, passwordHash, profile, preferences, active, verified, lastLogin,
                mustChangePassword, Revision.stored(createdAt, updatedAt));
    }

    /** The same user as stored under {@code assignedId}. */
    public User identifiedAs(UserId assignedId) {
        return new User(Objects.requireNonNull(assignedId), username, email, passwordHash, profile, preferences,
                active, verified, lastLogin, mustChangePassword, revision);
    }

    /** Replaces what an administrator may edit; absent preferences clear them. */
    public User revise(Username newUsername, EmailAddress newEmail, UserProfile newProfile,
                       Optional<Preferences> newPreferences, boolean newActive, boolean newVerified, Instant now) {
        return new User(id, newUsername, newEmail, passwordHash, newProfile, newPreferences.orElse(null), newActive,
                newVerified, lastLogin, mustChangePassword, revision.next(now));
    }

    public User deactivate(Instant now) {
        return withActive(false, now);
    }

    public User activate(Instant now) {
        return withActive(true, now);
    }

    /** The user chose a new password themselves: nothing is left for them to change. */
    public User changePassword(PasswordHash newHash, Instant now) {
        return withPassword(newHash, false, now);
    }

    /** Someone else set the password (an administrator's reset): the user must choose their own at next sign-in. */
    public User resetPassword(PasswordHash newHash, Instant now) {
        return withPassword(newHash, true, now);
    }

    private User withPassword(PasswordHash newHash, boolean toChange, Instant now) {
        return new User(id, username, email, Objects.requireNonNull(newHash, "newHash"), profile, preferences, active,
                verified, lastLogin, toChange, revision.next(now));
    }

    /**
     * A successful sign-in. It moves the version too: every write of the row is a change that optimistic
     * locking must see (and SQLite's trigger would move {@code updated_at} anyway).
     */
    public User recordLogin(Instant at) {
        return new User(id, username, email, passwordHash, profile, preferences, active, verified,
                Timestamps.truncate(at), mustChangePassword, revision.next(at));
    }

    /** The user's roles were replaced: their representation changed, so their version must too. */
    public User recordRoleChange(Instant now) {
        return withActive(active, now);
    }

    private User withActive(boolean newActive, Instant now) {
        return new User(id, username, email, passwordHash, profile, preferences, newActive, verified, lastLogin,
                mustChangePassword, revision.next(now));
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<UserId> id() {
        return Optional.ofNullable(id);
    }

    public Username username() {
        return username;
    }

    public EmailAddress email() {
        return email;
    }

    /** Empty for a user without an Aegis password (single sign-on only): no password can match. */
    public Optional<PasswordHash> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public UserProfile profile() {
        return profile;
    }

    public Optional<Preferences> preferences() {
        return Optional.ofNullable(preferences);
    }

    public boolean active() {
        return active;
    }

    public boolean verified() {
        return verified;
    }

    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    /** Whether the user must choose a new password before anything but changing it, reading themselves and leaving. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
