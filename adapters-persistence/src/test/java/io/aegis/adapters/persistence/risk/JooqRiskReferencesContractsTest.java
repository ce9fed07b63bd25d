package io.aegis.adapters.persistence.risk;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;

import io.aegis.adapters.persistence.identity.JooqUserRepository;
import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.risk.RiskReferencesContract;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.Parameter;

/** The risks' reference checks on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqRiskReferencesContractsTest extends RiskReferencesContract {

    /** Names are unique across the class's tests, which share one database and leave their rows behind. */
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Parameter
    MigratedDatabase db;

    @Override
    protected RiskReferences emptyReferences() {
        return new JooqRiskReferences(db.dsl());
    }

    @Override
    protected AssetId storedAsset(String name, boolean active) {
        return StoredAssets.stored(db.dsl(), name, active);
    }

    @Override
    protected UserId storedUser(String username, boolean active) {
        JooqUserRepository users = new JooqUserRepository(db.dsl());
        User stored = users.insert(aBareUser(username + NAMES.incrementAndGet(), T0));
        if (!active) {
            users.update(stored.deactivate(T0.plusSeconds(1)), stored.version());
        }
        return stored.id().orElseThrow();
    }
}
