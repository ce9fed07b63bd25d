package io.aegis.application.archfixture.port.out;

import io.aegis.application.port.OrganisationWide;
import io.aegis.domain.organisation.Scope;
import java.util.List;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes): the port.out
 * package of the fixture context "archfixture", its own to reshape.
 */
public final class PortOutFixtures {

    private PortOutFixtures() {
    }

    /** A well-formed outbound port. */
    public interface ThingRepository {
        boolean exists(String name);
    }

    /** Lists rows that belong to units without a scope: every actor would see every unit's rows. */
    public interface UnscopedThingReadModel {
        List<String> list(String text);
    }

    /** Lists rows that belong to units, within the actor's scope. */
    public interface GoodThingReadModel {
        List<String> list(String text, Scope scope);
    }

    /** Lists rows of no unit. */
    @OrganisationWide("kinds of thing are one vocabulary for the whole organisation")
    public interface GoodKindReadModel {
        List<String> list(String text);
    }
}
