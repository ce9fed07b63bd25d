package io.aegis.application.identity.port.in;

import io.aegis.application.port.Patch;
import io.aegis.domain.identity.UserProfile;
import java.util.Objects;

/** Which profile properties a partial update sets; {@code null} clears one. */
public record UserProfileChanges(Patch<String> fullName, Patch<String> department, Patch<String> jobTitle,
                                 Patch<String> phone, Patch<String> profilePicture, Patch<String> azureAdId) {

    public static final UserProfileChanges NONE = new UserProfileChanges(Patch.keep(), Patch.keep(), Patch.keep(),
            Patch.keep(), Patch.keep(), Patch.keep());

    /** @throws io.aegis.domain.shared.InvalidValueException for a value no profile may hold */
    public UserProfileChanges {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(profilePicture, "profilePicture");
        Objects.requireNonNull(azureAdId, "azureAdId");
        // every value sent must pass the profile's rules, so that a command is never invalid; the fields are
        // not assigned yet, hence the parameters
        merge(UserProfile.EMPTY, fullName, department, jobTitle, phone, profilePicture, azureAdId);
    }

    public UserProfile applyTo(UserProfile current) {
        return merge(current, fullName, department, jobTitle, phone, profilePicture, azureAdId);
    }

    private static UserProfile merge(UserProfile current, Patch<String> fullName, Patch<String> department,
                                     Patch<String> jobTitle, Patch<String> phone, Patch<String> profilePicture,
                                     Patch<String> azureAdId) {
        return new UserProfile(
                fullName.orElse(current.fullName()),
                department.orElse(current.department()),
                jobTitle.orElse(current.jobTitle()),
                phone.orElse(current.phone()),
                profilePicture.orElse(current.profilePicture()),
                azureAdId.orElse(current.azureAdId()));
    }
}
