package io.aegis.adapters.persistence.archfixtureloop;

import io.aegis.adapters.persistence.archfixture.PersistenceFixtures;

/** Fixture of AegisRulesCanFailTest: closes the cycle started by PersistenceFixtures.LoopStart. */
public final class PersistenceLoopFixture {

    public PersistenceFixtures.LoopStart back() {
        return null;
    }
}
