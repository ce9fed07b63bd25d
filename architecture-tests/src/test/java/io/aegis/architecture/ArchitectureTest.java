package io.aegis.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ARCHITECTURE.md section 8 against the real code. DoNotIncludeTests keeps every module's test classes out
 * (the fixtures of AegisRulesCanFailTest included); jars stay in, since sibling modules arrive as jars under
 * {@code mvn verify}. AegisRulesCanFailTest checks that every rule of AegisRules is listed here.
 */
@AnalyzeClasses(packages = "io.aegis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // 1. layers mirror modules
    @ArchTest
    static final ArchRule layers_mirror_modules = AegisRules.LAYERS_MIRROR_MODULES;
    @ArchTest
    static final ArchRule packages_live_in_their_module = AegisRules.PACKAGES_LIVE_IN_THEIR_MODULE;

    // 2. a pure domain
    @ArchTest
    static final ArchRule domain_depends_only_on_jdk = AegisRules.DOMAIN_DEPENDS_ONLY_ON_JDK;
    @ArchTest
    static final ArchRule application_depends_only_on_jdk_and_domain =
            AegisRules.APPLICATION_DEPENDS_ONLY_ON_JDK_AND_DOMAIN;

    // 3. adapters see ports only
    @ArchTest
    static final ArchRule adapters_see_only_application_ports = AegisRules.ADAPTERS_SEE_ONLY_APPLICATION_PORTS;
    @ArchTest
    static final ArchRule web_sees_only_inbound_ports = AegisRules.WEB_SEES_ONLY_INBOUND_PORTS;
    @ArchTest
    static final ArchRule persistence_implements_only_outbound_ports =
            AegisRules.PERSISTENCE_IMPLEMENTS_ONLY_OUTBOUND_PORTS;

    // 4. framework confinement
    @ArchTest
    static final ArchRule javalin_only_in_web = AegisRules.JAVALIN_ONLY_IN_WEB;
    @ArchTest
    static final ArchRule jetty_only_in_web = AegisRules.JETTY_ONLY_IN_WEB;
    @ArchTest
    static final ArchRule jackson_only_in_adapters = AegisRules.JACKSON_ONLY_IN_ADAPTERS;
    @ArchTest
    static final ArchRule persistence_technology_only_in_persistence =
            AegisRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE;
    @ArchTest
    static final ArchRule http_client_only_in_integrations = AegisRules.HTTP_CLIENT_ONLY_IN_INTEGRATIONS;

    // 5. contexts meet through port.in, and never in cycles, in every layer
    @ArchTest
    static final ArchRule application_contexts_meet_through_port_in =
            AegisRules.APPLICATION_CONTEXTS_MEET_THROUGH_PORT_IN;
    @ArchTest
    static final ArchRule adapter_contexts_do_not_meet = AegisRules.ADAPTER_CONTEXTS_DO_NOT_MEET;
    @ArchTest
    static final ArchRule no_cycles_between_domain_contexts = AegisRules.NO_CYCLES_BETWEEN_DOMAIN_CONTEXTS;
    @ArchTest
    static final ArchRule no_cycles_between_application_contexts = AegisRules.NO_CYCLES_BETWEEN_APPLICATION_CONTEXTS;
    @ArchTest
    static final ArchRule no_cycles_between_persistence_contexts = AegisRules.NO_CYCLES_BETWEEN_PERSISTENCE_CONTEXTS;
    @ArchTest
    static final ArchRule no_cycles_between_web_contexts = AegisRules.NO_CYCLES_BETWEEN_WEB_CONTEXTS;
    @ArchTest
    static final ArchRule no_cycles_between_integration_sources = AegisRules.NO_CYCLES_BETWEEN_INTEGRATION_SOURCES;

    // 6. naming
    @ArchTest
    static final ArchRule port_in_interfaces_are_use_cases = AegisRules.PORT_IN_INTERFACES_ARE_USE_CASES;
    @ArchTest
    static final ArchRule use_cases_live_in_port_in = AegisRules.USE_CASES_LIVE_IN_PORT_IN;
    @ArchTest
    static final ArchRule use_case_implementations_are_services = AegisRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES;
    @ArchTest
    static final ArchRule services_are_final = AegisRules.SERVICES_ARE_FINAL;

    // 7. an immutable domain
    @ArchTest
    static final ArchRule domain_fields_are_final = AegisRules.DOMAIN_FIELDS_ARE_FINAL;
    @ArchTest
    static final ArchRule domain_has_no_setters = AegisRules.DOMAIN_HAS_NO_SETTERS;

    // 8. time comes in as an argument
    @ArchTest
    static final ArchRule no_system_clock_in_domain_or_application = AegisRules.NO_SYSTEM_CLOCK_IN_DOMAIN_OR_APPLICATION;

    // 9. every read of scoped rows takes the scope
    @ArchTest
    static final ArchRule read_models_take_a_scope = AegisRules.READ_MODELS_TAKE_A_SCOPE;
}
