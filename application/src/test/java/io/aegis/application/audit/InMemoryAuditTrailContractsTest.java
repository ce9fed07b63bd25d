package io.aegis.application.audit;

import io.aegis.application.testing.InMemoryAuditChain;
import io.aegis.application.testing.InMemoryAuditTrail;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** The in-memory audit trail must honour the same contracts as the persistence adapter. */
class InMemoryAuditTrailContractsTest {

    @Nested
    class Trail extends AuditTrailContract {
        private final InMemoryAuditChain chain = new InMemoryAuditChain(KEY);

        @Override
        protected Stores emptyStores() {
            InMemoryAuditTrail trail = new InMemoryAuditTrail(chain, KEY);
            return new Stores(trail, trail, trail, 7);
        }

        @Override
        protected void breakChain(String reason) {
            chain.markBroken(reason);
        }

        @Override
        protected void removeChainState() {
            chain.state = Optional.empty();
        }
    }

    @Nested
    class ReadModel extends AuditLogReadModelContract {
        @Override
        protected Stores emptyStores() {
            InMemoryAuditTrail trail = new InMemoryAuditTrail(new InMemoryAuditChain(AuditTrailContract.KEY),
                    AuditTrailContract.KEY);
            return new Stores(trail, trail, 7, 8, new OrgUnitId(2), new OrgUnitId(3));
        }
    }
}
