package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.AegisCore;
import io.aegis.application.core.port.AegisAdapters;
import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.ResetPasswordCommand;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Break-glass access that needs no running server and no login: {@code admin create-user} and
 * {@code admin reset-password}, run by whoever can reach the database. The password comes from
 * {@code AEGIS_NEW_PASSWORD} or the first line of standard input, never from the command line (where
 * other users of the machine could read it). Both are audited as actions of the system. The user must choose their
 * own password at their next sign-in, as after an administrator's reset over the API.
 */
final class AdminCommand {

    private static final Actor BREAK_GLASS = Actor.system("command line");

    private AdminCommand() {
    }

    /** {@code admin create-user --username U --email E [--role NAME]...}. */
    static int createUser(AegisConfig config, List<String> arguments, Map<String, String> environment,
                          InputStream in, PrintStream out) {
        Options options = Options.parse(arguments, Set.of("--username", "--email", "--role"));
        Username username = new Username(options.required("--username"));
        EmailAddress email = new EmailAddress(options.required("--email"));
        PlainPassword password = new PlainPassword(newPassword(environment, in));
        try (Database database = Wiring.connect(config)) {
            database.migrate();
            AegisAdapters adapters = Wiring.adapters(database, config, AuditKeys.loadOrCreate(config.audit()));
            Set<RoleId> roles = new HashSet<>();
            for (String role : options.all("--role")) {
                // the command line names roles rather than numbering them
                roles.add(adapters.identity().roles().findByName(new RoleName(role)).flatMap(Role::id)
                        .orElseThrow(() -> new IllegalArgumentException("there is no role named " + role)));
            }
            var created = new AegisCore(adapters).identity().createUser().create(BREAK_GLASS,
                    new CreateUserCommand(username, email, password, UserProfile.EMPTY, Optional.empty(), roles, true));
            out.println("created user " + created.username() + " (id " + created.id() + ")");
            return Main.OK;
        }
    }

    /** {@code admin reset-password --username U}: also ends every session of that user. */
    static int resetPassword(AegisConfig config, List<String> arguments, Map<String, String> environment,
                             InputStream in, PrintStream out) {
        Options options = Options.parse(arguments, Set.of("--username"));
        Username username = new Username(options.required("--username"));
        PlainPassword password = new PlainPassword(newPassword(environment, in));
        try (Database database = Wiring.connect(config)) {
            database.migrate();
            AegisAdapters adapters = Wiring.adapters(database, config, AuditKeys.loadOrCreate(config.audit()));
            // the command line names users rather than numbering them
            UserId user = adapters.identity().users().findByUsername(username).flatMap(User::id)
                    .orElseThrow(() -> new IllegalArgumentException("there is no user named " + username.value()));
            new AegisCore(adapters).identity().resetPassword()
                    .reset(BREAK_GLASS, new ResetPasswordCommand(user, Optional.of(password)));
            out.println("password of " + username.value() + " reset; their sessions are ended");
            return Main.OK;
        }
    }

    private static String newPassword(Map<String, String> environment, InputStream in) {
        String fromEnvironment = environment.get("AEGIS_NEW_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ConfigurationException("give the new password in AEGIS_NEW_PASSWORD or on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    /** {@code --name value} pairs; a name may repeat. */
    private record Options(Map<String, List<String>> values) {

        static Options parse(List<String> arguments, Set<String> known) {
            Map<String, List<String>> values = new HashMap<>();
            for (int i = 0; i < arguments.size(); i += 2) {
                String name = arguments.get(i);
                if (!known.contains(name) || i + 1 >= arguments.size()) {
                    throw new ConfigurationException("expected one of " + known + " followed by a value, not '"
                            + name + "'");
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(arguments.get(i + 1));
            }
            return new Options(values);
        }

        String required(String name) {
            List<String> given = all(name);
            if (given.size() != 1) {
                throw new ConfigurationException(name + " is required, once");
            }
            return given.get(0);
        }

        List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }
    }
}
