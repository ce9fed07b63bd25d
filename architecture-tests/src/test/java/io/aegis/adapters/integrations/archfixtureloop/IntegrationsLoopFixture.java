package io.aegis.adapters.integrations.archfixtureloop;

import io.aegis.adapters.integrations.archfixture.IntegrationsFixtures;

/** Fixture of AegisRulesCanFailTest: closes the cycle started by IntegrationsFixtures.LoopStart. */
public final class IntegrationsLoopFixture {

    public IntegrationsFixtures.LoopStart back() {
        return null;
    }
}
