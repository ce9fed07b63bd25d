package io.aegis.adapters.integrations.archfixture;

import io.aegis.adapters.integrations.archfixtureloop.IntegrationsLoopFixture;
import java.net.http.HttpClient;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class IntegrationsFixtures {

    private IntegrationsFixtures() {
    }

    /** Breaks NO_CYCLES_BETWEEN_INTEGRATION_SOURCES together with IntegrationsLoopFixture. */
    public static final class LoopStart {
        public IntegrationsLoopFixture next() {
            return null;
        }
    }

    /** Outbound HTTP where it belongs: passes every rule. */
    public static final class GoodFeedClient {
        public void fetch(HttpClient client) {
        }
    }
}
