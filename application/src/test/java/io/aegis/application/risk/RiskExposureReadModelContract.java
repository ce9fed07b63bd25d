package io.aegis.application.risk;

import static io.aegis.application.risk.RiskMother.POLICY;
import static io.aegis.application.risk.RiskMother.STANDARD;
import static io.aegis.application.risk.RiskMother.T0;
import static io.aegis.application.risk.RiskMother.aRisk;
import static io.aegis.application.risk.RiskMother.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the asset-risk roll-up relies on when it asks a {@link RiskExposureReadModel} for the open risks of the
 * assets it reached, and the most exposed assets on the {@link OwnExposureRanking} where their search starts: every
 * store, in memory or SQL, answers the same on the same risks. Risks are stored through
 * the context's own {@link RiskRepository}, on the seeded standard 5 x 5 matrix.
 */
public abstract class RiskExposureReadModelContract {

    private static final Scope ALL = Scope.everywhere();

    private RiskRepository risks;
    private RiskExposureReadModel exposure;
    private OwnExposureRanking ranking;
    private Instant clock = T0;

    /** Over the same empty store of risks, holding the standard matrix as id 1. */
    protected abstract Stores emptyStores();

    /** Stores an asset risks may sit on, deactivated unless {@code active}. */
    protected abstract AssetId storedAsset(String name, boolean active);

    /** Stores an active unit under the root. */
    protected abstract OrgUnitId storedUnit(String name);

    public record Stores(RiskRepository risks, RiskExposureReadModel exposure, OwnExposureRanking ranking) {
    }

    @BeforeEach
    void empty() {
        Stores stores = emptyStores();
        risks = stores.risks();
        exposure = stores.exposure();
        ranking = stores.ranking();
    }

    @Test
    void lists_each_open_risk_of_the_assets_asked_with_its_level_score_title_and_status() {
        AssetId server = storedAsset("server", true);
        AssetId database = storedAsset("database", true);
        Risk outage = identified("Outage", server, RiskEstimate.inherent(1, 2));
        Risk breach = identified("Breach", database, RiskEstimate.inherent(4, 4));
        // the same rating on the same asset: two risks all the same, never merged
        Risk twin = identified("Breach", database, RiskEstimate.inherent(4, 4));

        assertThat(exposure.openRisksOn(Set.of(server, database), ALL)).containsExactlyInAnyOrder(
                open(outage, server, RiskLevel.LOW, 2.0, "Outage", RiskStatus.IDENTIFIED),
                open(breach, database, RiskLevel.HIGH, 16.0, "Breach", RiskStatus.IDENTIFIED),
                open(twin, database, RiskLevel.HIGH, 16.0, "Breach", RiskStatus.IDENTIFIED));
    }

    @Test
    void a_rated_residual_gives_the_level_and_score_else_the_inherent_rating_does() {
        AssetId server = storedAsset("server", true);
        // inherent 5 x 5 = 25 (critical), residual 2 x 5 = 10 (high)
        Risk treated = identified("Treated", server, new RiskEstimate(5, 5, 2, 5));
        Risk untreated = identified("Untreated", server, RiskEstimate.inherent(5, 5));
        Risk rescored = moved(identified("Rescored", server, RiskEstimate.inherent(5, 5)),
                risk -> risk.rescore(STANDARD, RiskEstimate.inherent(2, 3), POLICY, tick()));

        assertThat(exposure.openRisksOn(Set.of(server), ALL)).extracting(OpenRisk::exposed).containsExactlyInAnyOrder(
                new ExposedRisk(id(treated), server, RiskLevel.HIGH, 10.0),
                new ExposedRisk(id(untreated), server, RiskLevel.CRITICAL, 25.0),
                new ExposedRisk(id(rescored), server, RiskLevel.MEDIUM, 6.0));
    }

    @Test
    void closed_and_deactivated_risks_are_left_out_and_a_reopened_risk_counts_again() {
        AssetId server = storedAsset("server", true);
        Risk mitigating = through(identified("Mitigating", server), RiskStatus.ASSESSED, RiskStatus.MITIGATING);
        Risk monitored = through(identified("Monitored", server), RiskStatus.ASSESSED, RiskStatus.MITIGATING,
                RiskStatus.MONITORING);
        through(identified("Closed", server), RiskStatus.ASSESSED, RiskStatus.MITIGATING, RiskStatus.MONITORING,
                RiskStatus.CLOSED);
        Risk reopened = through(identified("Reopened", server), RiskStatus.ASSESSED, RiskStatus.MITIGATING,
                RiskStatus.MONITORING, RiskStatus.CLOSED, RiskStatus.ASSESSED);
        moved(identified("Deactivated", server), risk -> risk.deactivate(tick()));

        assertThat(exposure.openRisksOn(Set.of(server), ALL))
                .extracting(risk -> risk.exposed().risk(), OpenRisk::title, OpenRisk::status)
                .containsExactlyInAnyOrder(
                        tuple(id(mitigating), "Mitigating", RiskStatus.MITIGATING),
                        tuple(id(monitored), "Monitored", RiskStatus.MONITORING),
                        tuple(id(reopened), "Reopened", RiskStatus.ASSESSED));
    }

    @Test
    void only_the_assets_asked_count_and_a_deactivated_one_asked_still_shows_its_risks() {
        AssetId asked = storedAsset("asked", true);
        AssetId retired = storedAsset("retired", false);
        AssetId notAsked = storedAsset("not asked", true);
        Risk onAsked = identified("On asked", asked);
        Risk onRetired = identified("On retired", retired);
        identified("On not asked", notAsked);
        risks.insert(aRisk(facts("On no asset", RiskCategory.OPERATIONAL), RiskEstimate.inherent(3, 3), tick(),
                Optional.empty()));

        // the caller decides which assets count (the roll-up asks about the asset itself, active or not)
        assertThat(ids(exposure.openRisksOn(Set.of(asked, retired), ALL))).containsExactlyInAnyOrder(id(onAsked),
                id(onRetired));
        assertThat(ids(exposure.openRisksOn(Set.of(retired), ALL))).containsExactly(id(onRetired));
    }

    @Test
    void no_assets_unknown_assets_and_assets_without_risks_give_nothing() {
        AssetId quiet = storedAsset("quiet", true);
        AssetId busy = storedAsset("busy", true);
        identified("Busy", busy);
        AssetId unknown = new AssetId(Math.max(quiet.value(), busy.value()) + 1);

        assertThat(exposure.openRisksOn(Set.of(), ALL)).isEmpty();
        assertThat(exposure.openRisksOn(Set.of(unknown), ALL)).isEmpty();
        assertThat(exposure.openRisksOn(Set.of(quiet, unknown), ALL)).isEmpty();
    }

    @Test
    void any_number_of_assets_is_answered_whole_each_risk_once() {
        AssetId first = storedAsset("first", true);
        AssetId last = storedAsset("last", true);
        Risk onFirst = identified("On first", first);
        Risk onLast = identified("On last", last);
        Risk alsoOnLast = identified("Also on last", last);
        // more ids than a store may put in one query, most of them unknown
        Set<AssetId> asked = new HashSet<>(Set.of(first, last));
        LongStream.rangeClosed(1, 2500).map(n -> last.value() + n).mapToObj(AssetId::new).forEach(asked::add);

        assertThat(ids(exposure.openRisksOn(asked, ALL))).containsExactlyInAnyOrder(id(onFirst), id(onLast),
                id(alsoOnLast));
    }

    @Test
    void risks_out_of_scope_are_read_too_but_marked_as_not_visible() {
        AssetId server = storedAsset("server", true);
        OrgUnitId a = storedUnit("A");
        OrgUnitId b = storedUnit("B");
        Risk ofA = moved(identified("Of A", server), risk -> risk.revise(risk.facts(), STANDARD,
                RiskEstimate.inherent(3, 3), POLICY, tick()).placedIn(a));
        Risk ofB = moved(identified("Of B", server), risk -> risk.revise(risk.facts(), STANDARD,
                RiskEstimate.inherent(3, 3), POLICY, tick()).placedIn(b));
        Risk ofRoot = identified("Of the root", server);

        assertThat(exposure.openRisksOn(Set.of(server), new Scope(false, Set.of(a), Set.of(OrgUnitId.ROOT))))
                .extracting(risk -> risk.exposed().risk(), OpenRisk::visible)
                .containsExactlyInAnyOrder(tuple(id(ofA), true), tuple(id(ofB), false), tuple(id(ofRoot), false));
        assertThat(exposure.openRisksOn(Set.of(server), ALL)).allMatch(OpenRisk::visible).hasSize(3);
        assertThat(exposure.openRisksOn(Set.of(server), Scope.nowhere())).noneMatch(OpenRisk::visible).hasSize(3);
    }

    @Test
    void the_ranking_puts_the_assets_with_the_worst_own_open_risk_first_counting_every_unit() {
        AssetId low = storedAsset("low", true);
        AssetId twoHigh = storedAsset("two high", true);
        AssetId oneHigh = storedAsset("one high", true);
        AssetId higherHigh = storedAsset("higher high", true);
        AssetId critical = storedAsset("critical", true);
        AssetId closedOnly = storedAsset("closed only", true);
        OrgUnitId unit = storedUnit("A");
        identified("Low", low, RiskEstimate.inherent(1, 2));
        identified("High", twoHigh, RiskEstimate.inherent(4, 3));
        identified("Also high", twoHigh, RiskEstimate.inherent(3, 4));
        identified("Treated", twoHigh, new RiskEstimate(5, 5, 1, 1));
        identified("High", oneHigh, RiskEstimate.inherent(4, 3));
        identified("Higher", higherHigh, RiskEstimate.inherent(4, 4));
        moved(identified("Of a unit", critical, RiskEstimate.inherent(5, 5)), risk -> risk.revise(risk.facts(),
                STANDARD, RiskEstimate.inherent(5, 5), POLICY, tick()).placedIn(unit));
        through(identified("Closed", closedOnly, RiskEstimate.inherent(5, 5)), RiskStatus.ASSESSED,
                RiskStatus.MITIGATING, RiskStatus.MONITORING, RiskStatus.CLOSED);
        moved(identified("Retired", closedOnly, RiskEstimate.inherent(5, 5)), risk -> risk.deactivate(tick()));
        identified("Also low", critical, RiskEstimate.inherent(1, 1));

        // critical 25; high 16; high 12 twice (more of that level first); low 2; each asset once, at its worst.
        // A treated risk weighs by its residual.
        assertThat(ranking.worstFirst(10)).containsExactly(critical, higherHigh, twoHigh, oneHigh, low);
        assertThat(ranking.worstFirst(2)).containsExactly(critical, higherHigh);
    }

    private Risk identified(String title, AssetId asset) {
        return identified(title, asset, RiskEstimate.inherent(3, 3));
    }

    private Risk identified(String title, AssetId asset, RiskEstimate estimate) {
        RiskFacts plain = facts(title, RiskCategory.OPERATIONAL);
        RiskFacts onAsset = new RiskFacts(plain.title(), plain.category(), plain.details(), plain.treatment(),
                plain.ai(), Optional.of(asset), Optional.empty());
        return risks.insert(aRisk(onAsset, estimate, tick(), Optional.empty()));
    }

    /** Moves a stored risk through the lifecycle, storing each step. */
    private Risk through(Risk risk, RiskStatus... statuses) {
        Risk current = risk;
        for (RiskStatus status : statuses) {
            current = moved(current, stored -> stored.transitionTo(status, POLICY, tick()));
        }
        return current;
    }

    private Risk moved(Risk stored, UnaryOperator<Risk> change) {
        Risk changed = change.apply(stored);
        assertThat(risks.update(changed, stored.version())).isTrue();
        return changed;
    }

    /** A later instant for each change, so that versions always move forward. */
    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private static OpenRisk open(Risk risk, AssetId asset, RiskLevel level, double score, String title,
                                 RiskStatus status) {
        return new OpenRisk(new ExposedRisk(id(risk), asset, level, score), title, status, true);
    }

    private static RiskId id(Risk risk) {
        return risk.id().orElseThrow();
    }

    private static List<RiskId> ids(List<OpenRisk> open) {
        return open.stream().map(risk -> risk.exposed().risk()).toList();
    }
}
