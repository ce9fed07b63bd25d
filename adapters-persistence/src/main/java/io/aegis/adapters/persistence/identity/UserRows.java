package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.jooq.tables.records.UsersRecord;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;

/** The one mapping between a {@code users} row and the domain's {@link User}. */
final class UserRows {

    private UserRows() {
    }

    static User toDomain(UsersRecord row) {
        return User.restore(
                new UserId(row.getId()),
                new Username(row.getUsername()),
                new EmailAddress(row.getEmail()),
                row.getHashedPassword() == null ? null : new PasswordHash(row.getHashedPassword()),
                new UserProfile(row.getFullName(), row.getDepartment(), row.getJobTitle(), row.getPhone(),
                        row.getProfilePicture(), row.getAzureAdId()),
                row.getPreferences() == null ? null : new Preferences(row.getPreferences()),
                !Boolean.FALSE.equals(row.getIsActive()),
                Boolean.TRUE.equals(row.getIsVerified()),
                row.getLastLogin(),
                Boolean.TRUE.equals(row.getMustChangePassword()),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** Copies every stored property of {@code user} into {@code row} (the id excepted). */
    static UsersRecord fill(UsersRecord row, User user) {
        UserProfile profile = user.profile();
        return row
                .setUsername(user.username().value())
                .setEmail(user.email().value())
                .setHashedPassword(user.passwordHash().map(PasswordHash::value).orElse(null))
                .setFullName(profile.fullName())
                .setDepartment(profile.department())
                .setJobTitle(profile.jobTitle())
                .setPhone(profile.phone())
                .setProfilePicture(profile.profilePicture())
                .setAzureAdId(profile.azureAdId())
                .setPreferences(user.preferences().map(Preferences::json).orElse(null))
                .setIsActive(user.active())
                .setIsVerified(user.verified())
                .setLastLogin(user.lastLogin().orElse(null))
                .setMustChangePassword(user.mustChangePassword())
                .setCreatedAt(user.createdAt())
                .setUpdatedAt(user.updatedAt());
    }

    static UsersRecord newRow(User user) {
        return fill(USERS.newRecord(), user);
    }
}
