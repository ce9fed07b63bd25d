package io.aegis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the rules can fail: every rule of {@link AegisRules} is evaluated against deliberately bad
 * fixture classes (test sources of this module, in packages such as io.aegis.domain.archfixture) and must
 * report the violation planted for it, while the well-formed Good* fixtures must never be reported.
 * ArchitectureTest never sees these fixtures: it imports with DoNotIncludeTests.
 */
class AegisRulesCanFailTest {

    /** Only the fixtures: every io.aegis class whose location lies in an archfixture package. */
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption(location -> location.contains("/archfixture"))
            .importPackages("io.aegis");

    private static final Map<ArchRule, String> RULE_NAMES = staticRulesOf(AegisRules.class);

    static Stream<Arguments> planted_violations() {
        return Stream.of(
                planted(AegisRules.LAYERS_MIRROR_MODULES,
                        "DomainReachingIntoApplication", "ApplicationReachingIntoWeb", "WebReachingIntoPersistence",
                        "StrayFixture"),
                planted(AegisRules.DOMAIN_DEPENDS_ONLY_ON_JDK, "DomainReachingIntoApplication", "JsonAnnotatedValue"),
                planted(AegisRules.APPLICATION_DEPENDS_ONLY_ON_JDK_AND_DOMAIN,
                        "ApplicationReachingIntoWeb", "ApplicationUsingLibrary"),
                planted(AegisRules.ADAPTERS_SEE_ONLY_APPLICATION_PORTS,
                        "ServiceCallingController", "InternalsReadingController"),
                planted(AegisRules.WEB_SEES_ONLY_INBOUND_PORTS,
                        "InternalsReadingController", "OutboundPortController", "RunnerHoldingController"),
                planted(AegisRules.PERSISTENCE_IMPLEMENTS_ONLY_OUTBOUND_PORTS, "UseCaseImplementingRepository"),
                planted(AegisRules.JAVALIN_ONLY_IN_WEB, "PersistenceUsingJavalin"),
                planted(AegisRules.JETTY_ONLY_IN_WEB, "PersistenceUsingJetty"),
                planted(AegisRules.JACKSON_ONLY_IN_ADAPTERS, "BootstrapUsingJackson", "JsonAnnotatedValue"),
                planted(AegisRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE,
                        "ApplicationUsingJdbc", "WebUsingJooq", "BootstrapUsingDataSource"),
                planted(AegisRules.HTTP_CLIENT_ONLY_IN_INTEGRATIONS, "WebUsingHttpClient"),
                planted(AegisRules.APPLICATION_CONTEXTS_MEET_THROUGH_PORT_IN,
                        "ForeignPortOutReader", "ApplicationLoopFixture"),
                planted(AegisRules.ADAPTER_CONTEXTS_DO_NOT_MEET,
                        "WebLoopFixture", "PersistenceLoopFixture", "IntegrationsLoopFixture"),
                planted(AegisRules.NO_CYCLES_BETWEEN_DOMAIN_CONTEXTS, "LoopStart", "DomainLoopFixture"),
                planted(AegisRules.NO_CYCLES_BETWEEN_APPLICATION_CONTEXTS, "LoopStart", "ApplicationLoopFixture"),
                planted(AegisRules.NO_CYCLES_BETWEEN_PERSISTENCE_CONTEXTS, "LoopStart", "PersistenceLoopFixture"),
                planted(AegisRules.NO_CYCLES_BETWEEN_WEB_CONTEXTS, "LoopStart", "WebLoopFixture"),
                planted(AegisRules.NO_CYCLES_BETWEEN_INTEGRATION_SOURCES, "LoopStart", "IntegrationsLoopFixture"),
                planted(AegisRules.PORT_IN_INTERFACES_ARE_USE_CASES, "ThingFinder"),
                planted(AegisRules.USE_CASES_LIVE_IN_PORT_IN, "StrayUseCase"),
                planted(AegisRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES, "RegisterThingHandler", "PortDwellingService"),
                planted(AegisRules.SERVICES_ARE_FINAL, "OpenThingService"),
                planted(AegisRules.DOMAIN_FIELDS_ARE_FINAL, "MutableAggregate.status"),
                planted(AegisRules.DOMAIN_HAS_NO_SETTERS, "MutableAggregate.setStatus"),
                planted(AegisRules.NO_SYSTEM_CLOCK_IN_DOMAIN_OR_APPLICATION,
                        "ClockReadingPolicy", "ClockReferencingPolicy", "TimingAuditor"),
                planted(AegisRules.READ_MODELS_TAKE_A_SCOPE, "UnscopedThingReadModel.list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted_violations")
    void each_rule_reports_the_violations_planted_for_it(String rule, ArchRule archRule, List<String> violators) {
        String report = reportOf(archRule);

        assertThat(report).as("failure report of %s", rule).contains(violators);
        assertThat(report).as("Good* fixtures must pass %s", rule).doesNotContain("$Good");
    }

    @Test
    void classes_outside_the_module_of_their_layer_are_reported() {
        // Every fixture is compiled by architecture-tests, so every one of them sits in the wrong module.
        String report = reportOf(AegisRules.PACKAGES_LIVE_IN_THEIR_MODULE);

        assertThat(report).contains(
                "io.aegis.domain.archfixture.DomainFixtures$GoodValue comes from module 'architecture-tests'"
                        + " but its package belongs to module 'domain'",
                "io.aegis.archfixture.StrayFixture comes from module 'architecture-tests'"
                        + " but its package belongs to module '<none>'");
    }

    @Test
    void every_rule_has_a_planted_violation() {
        List<String> proven = Stream.concat(
                        planted_violations().map(arguments -> (String) arguments.get()[0]),
                        Stream.of(RULE_NAMES.get(AegisRules.PACKAGES_LIVE_IN_THEIR_MODULE)))
                .collect(Collectors.toList());

        assertThat(proven).containsExactlyInAnyOrderElementsOf(RULE_NAMES.values());
    }

    @Test
    void the_architecture_test_runs_every_rule() {
        assertThat(staticRulesOf(ArchitectureTest.class).keySet())
                .containsExactlyInAnyOrderElementsOf(RULE_NAMES.keySet());
    }

    private static String reportOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as("%s has a violation", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static Arguments planted(ArchRule rule, String... violators) {
        return Arguments.of(RULE_NAMES.get(rule), rule, List.of(violators));
    }

    private static Map<ArchRule, String> staticRulesOf(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .collect(Collectors.toMap(AegisRulesCanFailTest::value, Field::getName, (a, b) -> a + "," + b));
    }

    private static ArchRule value(Field field) {
        try {
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
