package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.UsersRecord;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Users in the {@code users} table. Aegis stores usernames and emails lower-case; lookups still ignore case so
 * that rows written by other tools (an import from an older installation) are found too.
 */
public final class JooqUserRepository implements UserRepository {

    private static final VersionedTable<UsersRecord> TABLE =
            new VersionedTable<>(USERS, USERS.ID, USERS.CREATED_AT, USERS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return dsl.selectFrom(USERS)
                .where(USERS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(UserRows::toDomain);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return dsl.selectFrom(USERS)
                .where(USERS.USERNAME.equalIgnoreCase(username.value()))
                .fetchOptional()
                .map(UserRows::toDomain);
    }

    @Override
    public boolean usernameTaken(Username username, Optional<UserId> except) {
        return dsl.fetchExists(USERS, USERS.USERNAME.equalIgnoreCase(username.value()).and(other(except)));
    }

    @Override
    public boolean emailTaken(EmailAddress email, Optional<UserId> except) {
        return dsl.fetchExists(USERS, USERS.EMAIL.equalIgnoreCase(email.value()).and(other(except)));
    }

    @Override
    public User insert(User user) {
        return user.identifiedAs(new UserId(TABLE.insert(dsl, UserRows.newRow(user))));
    }

    @Override
    public boolean update(User user, Instant expectedVersion) {
        return TABLE.update(dsl, UserRows.newRow(user), user.id().orElseThrow().value(), expectedVersion);
    }

    @Override
    public long count() {
        return dsl.fetchCount(USERS);
    }

    private static Condition other(Optional<UserId> except) {
        return except.map(id -> USERS.ID.ne(Math.toIntExact(id.value()))).orElse(DSL.noCondition());
    }
}
