package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RiskLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123456789Z");
    private static final Optional<Description> RATIONALE = Optional.of(new Description("cheaper than the fix"));
    private static final Optional<UserId> OWNER = Optional.of(new UserId(7));

    /** The whole lifecycle written out by hand, independently of the implementation's table. */
    private static final Set<String> ALLOWED = Set.of(
            "identified>assessed",
            "assessed>mitigating", "assessed>accepted",
            "mitigating>monitoring", "mitigating>accepted",
            "monitoring>closed", "monitoring>accepted",
            "accepted>assessed",
            "closed>assessed");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(RiskStatus.values())
                .flatMap(from -> Arrays.stream(RiskStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void each_of_the_36_moves_is_allowed_or_refused_as_the_lifecycle_says(RiskStatus from, RiskStatus to) {
        boolean allowed = ALLOWED.contains(from.key() + ">" + to.key());

        assertThat(RiskLifecycle.allowedFrom(from).contains(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(RiskLifecycle.transition(from, to, RATIONALE, OWNER, NOW).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> RiskLifecycle.transition(from, to, RATIONALE, OWNER, NOW))
                    .isInstanceOf(IllegalRiskTransitionException.class)
                    .hasMessageStartingWith("a risk cannot move from " + from.key() + " to " + to.key())
                    .satisfies(e -> {
                        IllegalRiskTransitionException refused = (IllegalRiskTransitionException) e;
                        assertThat(refused.code()).isEqualTo("illegal_transition");
                        assertThat(refused.allowed()).isEqualTo(RiskLifecycle.allowedFrom(from));
                        // what a client gets to correct itself: the legal moves' keys, in lifecycle order
                        assertThat(refused.details()).containsOnlyKeys("allowed");
                        assertThat(refused.details().get("allowed")).isEqualTo(RiskLifecycle.allowedFrom(from)
                                .stream().sorted().map(RiskStatus::key).toList());
                        RiskLifecycle.allowedFrom(from)
                                .forEach(target -> assertThat(refused.getMessage()).contains(target.key()));
                    });
        }
    }

    @Test
    void the_refusal_names_where_the_risk_may_go() {
        assertThatThrownBy(() -> RiskLifecycle.transition(RiskStatus.ASSESSED, RiskStatus.CLOSED, RATIONALE, OWNER,
                NOW)).hasMessage("a risk cannot move from assessed to closed; from assessed it may move to "
                + "mitigating, accepted");
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"ASSESSED", "MITIGATING", "MONITORING"})
    void accepting_needs_a_treatment_rationale_and_an_owner(RiskStatus from) {
        Optional<Description> blank = Optional.of(new Description("  "));

        assertAcceptanceRefused(from, Optional.empty(), OWNER);
        assertAcceptanceRefused(from, blank, OWNER);
        assertAcceptanceRefused(from, RATIONALE, Optional.empty());
        assertAcceptanceRefused(from, Optional.empty(), Optional.empty());
        assertThat(RiskLifecycle.transition(from, RiskStatus.ACCEPTED, RATIONALE, OWNER, NOW))
                .isEqualTo(new RiskTransition(RiskStatus.ACCEPTED, Optional.empty()));
    }

    @Test
    void other_moves_need_neither_rationale_nor_owner() {
        assertThat(RiskLifecycle.transition(RiskStatus.IDENTIFIED, RiskStatus.ASSESSED, Optional.empty(),
                Optional.empty(), NOW).status()).isEqualTo(RiskStatus.ASSESSED);
    }

    @Test
    void closing_resolves_the_risk_now_to_the_millisecond() {
        RiskTransition closed = RiskLifecycle.transition(RiskStatus.MONITORING, RiskStatus.CLOSED, Optional.empty(),
                Optional.empty(), NOW);

        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.resolvedAt()).contains(Instant.parse("2026-11-27T08:15:00.123Z"));
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"CLOSED", "ACCEPTED"})
    void reopening_returns_to_assessed_without_a_resolution(RiskStatus from) {
        assertThat(RiskLifecycle.transition(from, RiskStatus.ASSESSED, Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(new RiskTransition(RiskStatus.ASSESSED, Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"ASSESSED", "MITIGATING", "MONITORING"})
    void a_bare_move_to_accepted_is_refused_pointing_to_an_acceptance_request(RiskStatus from) {
        assertThatThrownBy(() -> RiskLifecycle.manualTransition(from, RiskStatus.ACCEPTED, NOW))
                .isExactlyInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("acceptance_required"));
        assertThatThrownBy(() -> RiskLifecycle.manualTransition(RiskStatus.IDENTIFIED, RiskStatus.ACCEPTED, NOW))
                .isInstanceOf(IllegalRiskTransitionException.class);
    }

    @Test
    void only_a_closed_risk_carries_a_resolution_date() {
        assertThatThrownBy(() -> new RiskTransition(RiskStatus.ASSESSED, Optional.of(NOW)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskTransition(RiskStatus.CLOSED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertAcceptanceRefused(RiskStatus from, Optional<Description> rationale,
                                                Optional<UserId> owner) {
        assertThatThrownBy(() -> RiskLifecycle.transition(from, RiskStatus.ACCEPTED, rationale, owner, NOW))
                .isExactlyInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("acceptance_incomplete"));
    }

    @Test
    void the_moves_offered_directly_are_the_lifecycles_but_acceptance_and_none_while_unscored() {
        assertThat(RiskLifecycle.manualMovesFrom(RiskStatus.ASSESSED, true))
                .containsExactlyInAnyOrder(RiskStatus.MITIGATING);
        assertThat(RiskLifecycle.manualMovesFrom(RiskStatus.MONITORING, true))
                .containsExactlyInAnyOrder(RiskStatus.CLOSED);
        assertThat(RiskLifecycle.manualMovesFrom(RiskStatus.IDENTIFIED, false)).isEmpty();
        assertThat(RiskLifecycle.manualMovesFrom(RiskStatus.IDENTIFIED, true))
                .containsExactlyInAnyOrder(RiskStatus.ASSESSED);
    }
}
