package io.aegis.adapters.web.archfixtureloop;

import io.aegis.adapters.web.archfixture.WebFixtures;

/** Fixture of AegisRulesCanFailTest: closes the cycle started by WebFixtures.LoopStart. */
public final class WebLoopFixture {

    public WebFixtures.LoopStart back() {
        return null;
    }
}
