package io.aegis.application.identity;

import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.testing.InMemoryApiKeys;
import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.application.testing.InMemoryLoginFailures;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryIdentityContractsTest {

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository emptyRepository() {
            return new InMemoryUsers(new InMemoryRoles());
        }
    }

    @Nested
    class Roles extends RoleRepositoryContract {
        @Override
        protected Stores emptyStores() {
            InMemoryRoles roles = new InMemoryRoles();
            return new Stores(new InMemoryUsers(roles), roles);
        }
    }

    @Nested
    class UserList extends UserReadModelContract {
        @Override
        protected Stores emptyStores() {
            InMemoryRoles roles = new InMemoryRoles();
            InMemoryUsers users = new InMemoryUsers(roles);
            return new Stores(users, roles, users);
        }
    }

    @Nested
    class Holders extends PermissionHoldersContract {
        @Override
        protected Stores emptyStores() {
            InMemoryRoles roles = new InMemoryRoles();
            InMemoryUsers users = new InMemoryUsers(roles);
            return new Stores(users, roles, users);
        }
    }

    @Nested
    class RoleList extends RoleReadModelContract {
        @Override
        protected Stores emptyStores() {
            InMemoryRoles roles = new InMemoryRoles();
            return new Stores(roles, roles);
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new InMemoryUsers(new InMemoryRoles()), new InMemoryApiKeys());
        }
    }

    @Nested
    class AuthTokens extends AuthTokenRepositoryContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new InMemoryUsers(new InMemoryRoles()), new InMemoryAuthTokens());
        }
    }

    @Nested
    class Failures extends LoginFailuresContract {
        @Override
        protected LoginFailures emptyStore() {
            return new InMemoryLoginFailures();
        }
    }
}
