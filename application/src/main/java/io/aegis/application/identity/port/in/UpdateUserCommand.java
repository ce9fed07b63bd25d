package io.aegis.application.identity.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import java.util.Objects;

/**
 * A partial update by an administrator: only present fields change. The password is not among them; users
 * change their own ({@link ChangeOwnPasswordUseCase}).
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateUserCommand(UserId id, ExpectedVersion expectedVersion, Patch<Username> username,
                                Patch<EmailAddress> email, UserProfileChanges profile, Patch<Preferences> preferences,
                                Patch<Boolean> active, Patch<Boolean> verified) {

    public UpdateUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(preferences, "preferences");
        RequiredPatches.requireNotCleared("username", username);
        RequiredPatches.requireNotCleared("email", email);
        RequiredPatches.requireNotCleared("active", active);
        RequiredPatches.requireNotCleared("verified", verified);
    }
}
