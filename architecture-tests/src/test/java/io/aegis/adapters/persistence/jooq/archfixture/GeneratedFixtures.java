package io.aegis.adapters.persistence.jooq.archfixture;

import io.aegis.adapters.persistence.archfixture.PersistenceFixtures;

/**
 * Fixture of AegisRulesCanFailTest: stands for jOOQ's generated package, whose references back into
 * persistence's context packages must not count as a cycle.
 */
public final class GeneratedFixtures {

    private GeneratedFixtures() {
    }

    /** Generated code pointing back at a hand-written persistence class: passes every rule. */
    public static final class GoodGeneratedTable {
        public PersistenceFixtures.GoodRowMapper converter() {
            return null;
        }
    }
}
