package io.aegis.application.archfixtureloop;

import io.aegis.application.archfixture.ApplicationFixtures;

/** Fixture of AegisRulesCanFailTest: closes the cycle started by ApplicationFixtures.LoopStart. */
public final class ApplicationLoopFixture {

    public ApplicationFixtures.LoopStart back() {
        return null;
    }
}
