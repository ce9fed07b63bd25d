package io.aegis.domain.archfixtureloop;

import io.aegis.domain.archfixture.DomainFixtures;

/** Fixture of AegisRulesCanFailTest: closes the cycle started by DomainFixtures.LoopStart. */
public final class DomainLoopFixture {

    public DomainFixtures.LoopStart back() {
        return null;
    }
}
