package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import java.time.Instant;
import java.util.Optional;

public interface UserRepository {

    /** Inactive users are found too. */
    Optional<User> findById(UserId id);

    /** Inactive users are found too; the caller decides whether they may act. */
    Optional<User> findByUsername(Username username);

    /** Whether another user (active or not, other than {@code except}) has this username, ignoring case. */
    boolean usernameTaken(Username username, Optional<UserId> except);

    /** Whether another user (active or not, other than {@code except}) has this email address, ignoring case. */
    boolean emailTaken(EmailAddress email, Optional<UserId> except);

    /** Stores a new user and returns it with its assigned id. */
    User insert(User user);

    /**
     * Stores the changed user if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(User user, Instant expectedVersion);

    /** How many users exist, active or not. */
    long count();
}
