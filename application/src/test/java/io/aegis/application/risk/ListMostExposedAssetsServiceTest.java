package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.asset.AssetMother;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.AssetRiskView;
import io.aegis.application.risk.port.in.ExposedAssetView;
import io.aegis.application.risk.port.in.ListMostExposedAssetsUseCase;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which assets the dashboard lists as carrying the most risk; the ranking itself is the domain's (RiskRollUpTest). */
class ListMostExposedAssetsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:15:00Z");

    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private final InMemoryAssets assets = new InMemoryAssets();
    private final InMemoryRisks risks = new InMemoryRisks(units);
    private final InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit, Clock.fixed(NOW,
            ZoneOffset.UTC));
    private final ListMostExposedAssetsService service = new ListMostExposedAssetsService(run, risks, relationships,
            risks);
    private final GetAssetRiskService oneAsset = new GetAssetRiskService(run, relationships, risks);

    @Test
    void an_asset_critically_depending_on_the_worst_one_is_listed_right_after_it_with_the_roll_ups_numbers() {
        AssetId db = asset("db", OrgUnitId.ROOT);
        AssetId app = asset("app", OrgUnitId.ROOT);
        AssetId portal = asset("portal", OrgUnitId.ROOT);
        AssetId lonely = asset("lonely", OrgUnitId.ROOT);
        asset("quiet", OrgUnitId.ROOT);
        dependsOn(app, db, true);
        dependsOn(portal, app, false);
        risks.insert(onAsset("db leak", db, 5, 5));
        risks.insert(onAsset("app flaw", app, 2, 2));
        risks.insert(onAsset("lonely risk", lonely, 4, 4));

        assertThat(service.list(Actors.everything(), 10))
                .extracting(ExposedAssetView::name, ExposedAssetView::highestLevel, ExposedAssetView::highestScore,
                        ExposedAssetView::carried, ExposedAssetView::total)
                .containsExactly(
                        tuple("db", "critical", 25.0, false, 1L),
                        tuple("app", "critical", 25.0, true, 2L),
                        tuple("lonely", "high", 16.0, false, 1L));
        // the same numbers as the asset's own roll-up
        AssetRiskView appAlone = oneAsset.exposure(Actors.everything(), app, 50);
        assertThat(appAlone.highestLevel()).isEqualTo("critical");
        assertThat(appAlone.total()).isEqualTo(2);
        assertThat(service.list(Actors.everything(), 1)).extracting(ExposedAssetView::name).containsExactly("db");
    }

    @Test
    void the_search_goes_through_any_number_of_critical_dependents_and_stops_at_cycles() {
        AssetId db = asset("db", OrgUnitId.ROOT);
        AssetId app = asset("app", OrgUnitId.ROOT);
        AssetId portal = asset("portal", OrgUnitId.ROOT);
        dependsOn(app, db, true);
        dependsOn(portal, app, true);
        dependsOn(db, portal, true);
        risks.insert(onAsset("db leak", db, 5, 5));
        // many assets with a worse own risk than app's, each alone: app and portal still come through db
        IntStream.range(0, 8).forEach(i -> risks.insert(onAsset("risk " + i, asset("other " + i, OrgUnitId.ROOT),
                4, 4)));

        assertThat(service.list(Actors.everything(), 3)).extracting(ExposedAssetView::name)
                .containsExactly("db", "app", "portal");
    }

    @Test
    void only_assets_the_reader_reads_are_listed_while_hidden_risks_weigh_as_in_the_roll_up() {
        OrgUnitId a = OrgUnitMother.storedUnit(units, "A", OrgUnitId.ROOT);
        OrgUnitId b = OrgUnitMother.storedUnit(units, "B", OrgUnitId.ROOT);
        Actor ofA = Actors.inUnit(OrgUnitTree.of(units.parentLinks()), a, Permission.ASSET_READ,
                Permission.RISK_READ);
        AssetId app = asset("app", a);
        AssetId db = asset("db of B", b);
        dependsOn(app, db, true);
        risks.insert(onAsset("secret leak", db, 5, 5).placedIn(b));
        risks.insert(onAsset("app flaw", app, 2, 2).placedIn(a));

        assertThat(service.list(ofA, 10)).extracting(ExposedAssetView::name, ExposedAssetView::highestLevel,
                ExposedAssetView::total).containsExactly(tuple("app", "critical", 2L));
        assertThat(service.list(Actors.inUnit(OrgUnitTree.of(units.parentLinks()), b, Permission.ASSET_READ,
                Permission.RISK_READ), 10)).extracting(ExposedAssetView::name).containsExactly("db of B");
    }

    @Test
    void nothing_open_means_an_empty_list() {
        asset("quiet", OrgUnitId.ROOT);

        assertThat(service.list(Actors.everything(), 10)).isEmpty();
    }

    @Test
    void it_needs_asset_read_and_risk_read_and_a_bounded_length() {
        assertThatThrownBy(() -> service.list(Actors.withPermissions(Permission.ASSET_READ), 10))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(Actors.withPermissions(Permission.RISK_READ), 10))
                .isInstanceOf(ForbiddenException.class);
        assertThat(audit.entries()).hasSize(2).allMatch(entry -> entry.action().equals("asset.most_exposed"));
        for (int limit : new int[] {0, ListMostExposedAssetsUseCase.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> service.list(Actors.everything(), limit))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        }
    }

    private AssetId asset(String name, OrgUnitId unit) {
        return assets.insert(AssetMother.anAssetIn(unit, AssetMother.aBareProfile(name), NOW)).id().orElseThrow();
    }

    private void dependsOn(AssetId dependent, AssetId provider, boolean critical) {
        relationships.insert(AssetRelationshipEntry.record(new AssetRelationship(dependent, provider,
                RelationshipType.DEPENDS_ON, critical), Optional.empty(), Optional.empty(), NOW));
    }

    private static Risk onAsset(String title, AssetId asset, int likelihood, int impact) {
        RiskFacts facts = RiskMother.facts(title, RiskCategory.TECHNICAL);
        RiskFacts onAsset = new RiskFacts(facts.title(), facts.category(), facts.details(), facts.treatment(),
                facts.ai(), Optional.of(asset), facts.owner());
        return RiskMother.aRisk(onAsset, RiskEstimate.inherent(likelihood, impact), NOW, Optional.empty());
    }
}
