package io.aegis.application.identity;

import io.aegis.application.identity.port.in.FirstAdminView;
import io.aegis.application.identity.port.in.ProvisionFirstAdminUseCase;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public record ProvisionFirstAdminService(UseCaseRunner run, UserRepository users, RoleRepository roles,
                                         PasswordHasher hasher, SecureRandomness randomness)
        implements ProvisionFirstAdminUseCase {

    static final Username ADMIN = new Username("admin");
    private static final EmailAddress ADMIN_EMAIL = new EmailAddress("admin@aegis.local");
    private static final RoleName ADMIN_ROLE = new RoleName("Admin");

    @Override
    public FirstAdminView provision(Optional<String> password) {
        if (users.count() > 0) {
            return new FirstAdminView(false, Optional.empty());
        }
        String chosen = password.orElseGet(() -> GeneratedPasswords.generate(randomness));
        PlainPassword plain = new PlainPassword(chosen);
        PasswordPolicy.standard().requireAcceptable(plain, ADMIN, ADMIN_EMAIL);
        var hash = hasher.hash(plain);
        try {
            return run.inChange(Actor.system("first start"), "user.create", change -> createAdmin(change, hash,
                    password.isPresent() ? Optional.empty() : Optional.of(chosen)));
        } catch (ConflictException raced) {
            // another node starting at the same moment created the administrator first: the unique username
            // decided; this node uses theirs and shows no password
            if (users.count() == 0) {
                throw raced;
            }
            return new FirstAdminView(false, Optional.empty());
        }
    }

    /** In the transaction: creates the administrator unless a user exists by now. */
    private FirstAdminView createAdmin(Change change, PasswordHash hash, Optional<String> generatedPassword) {
        if (users.count() > 0) {
            return new FirstAdminView(false, Optional.empty());
        }
        User defined = User.define(ADMIN, ADMIN_EMAIL, hash, UserProfile.EMPTY, Optional.empty(), change.now());
        // a generated password was written to a file: its reader chooses the administrator's own at first sign-in
        User admin = users.insert(generatedPassword.isPresent() ? defined.withPasswordToChange() : defined);
        Role adminRole = roles.findByName(ADMIN_ROLE)
                .orElseThrow(() -> new IllegalStateException("the Admin role is seeded by migration V2"));
        roles.assignRoles(admin.id().orElseThrow(), Set.of(adminRole.id().orElseThrow()));
        change.audit("user", admin.id().orElseThrow().value(), null,
                Map.of("username", ADMIN.value(), "roles", "Admin"));
        return new FirstAdminView(true, generatedPassword);
    }
}
