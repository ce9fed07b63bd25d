package io.aegis.archfixture;

/**
 * Fixture of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes): a class outside
 * every layer, which LAYERS_MIRROR_MODULES must refuse.
 */
public final class StrayFixture {
}
