package io.aegis.application.identity;

import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.Description;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

public final class IdentityMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");
    public static final PasswordHash A_HASH =
            new PasswordHash("$2b$04$abcdefghijklmnopqrstuuN0tARealHashButShapedLikeOne.");

    private IdentityMother() {
    }

    /** A user with every optional property set; the email is {@code <username>@example.org}. */
    public static User aUser(String username) {
        return User.define(new Username(username), new EmailAddress(username + "@example.org"), A_HASH,
                new UserProfile("Full " + username, "Security", "Analyst", "+49 30 123456",
                        "https://img.example.org/" + username + ".png", "aad-" + username),
                Optional.of(new Preferences("{\"theme\":\"dark\",\"page_size\":25}")), T0);
    }

    /** A user with only what is required. */
    public static User aBareUser(String username, Instant at) {
        return User.define(new Username(username), new EmailAddress(username + "@example.org"), A_HASH,
                UserProfile.EMPTY, Optional.empty(), at);
    }

    public static Role aRole(String name, Permission... permissions) {
        return Role.define(new RoleName(name), Optional.of(new Description("about " + name)), Set.of(permissions), T0);
    }

    public static Role aBareRole(String name, Instant at) {
        return Role.define(new RoleName(name), Optional.empty(), Set.of(), at);
    }

    /** A bearer secret of {@code kind}, the same for the same seed and different for different ones. */
    public static BearerSecret aSecret(CredentialKind kind, int seed) {
        byte[] random = new byte[BearerSecret.RANDOM_BYTES];
        Arrays.fill(random, (byte) seed);
        return BearerSecret.issue(kind, random);
    }
}
