package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.asset.AssetMother;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.AssetRiskView;
import io.aegis.application.risk.port.in.AssetRiskView.CarriedRiskView;
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
import org.junit.jupiter.api.Test;

/** The roll-up's own rules; the graph walk is the domain's (RiskRollUpTest), the wiring is proved over HTTP. */
class GetAssetRiskServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00Z");

    private final InMemoryAssets assets = new InMemoryAssets();
    private final InMemoryRisks risks = new InMemoryRisks();
    private final InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final GetAssetRiskService service = new GetAssetRiskService(
            new UseCaseRunner(new DirectTransactions(), audit, Clock.fixed(NOW, ZoneOffset.UTC)),
            relationships, risks);

    @Test
    void an_assets_own_open_risks_roll_up_worst_first() {
        AssetId server = assets.insert(AssetMother.anAsset(AssetMother.aBareProfile("server"), NOW)).id().orElseThrow();
        risks.insert(onAsset("weak tls", server, 2, 2));
        risks.insert(onAsset("exposed admin port", server, 4, 5));

        AssetRiskView exposure = service.exposure(Actors.everything(), server, 50);

        assertThat(exposure.highestLevel()).isEqualTo("critical");
        assertThat(exposure.highest().title()).isEqualTo("exposed admin port");
        assertThat(exposure.highest().path()).containsExactly(server.value());
        assertThat(exposure.total()).isEqualTo(2);
        assertThat(exposure.countsByLevel()).containsEntry("low", 1L).containsEntry("critical", 1L);
        assertThat(service.exposure(Actors.everything(), server, 1).risks()).hasSize(1);
    }

    @Test
    void reading_it_needs_both_asset_and_risk_read_and_a_refusal_is_audited() {
        AssetId server = assets.insert(AssetMother.anAsset(AssetMother.aBareProfile("server"), NOW)).id().orElseThrow();

        assertThatThrownBy(() -> service.exposure(Actors.withPermissions(Permission.ASSET_READ), server, 50))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.exposure(Actors.withPermissions(Permission.RISK_READ), server, 50))
                .isInstanceOf(ForbiddenException.class);
        assertThat(audit.entries()).hasSize(2).allMatch(entry -> entry.action().equals("asset.risk"));
    }

    @Test
    void an_unknown_asset_is_not_found_and_the_list_length_is_bounded() {
        assertThatThrownBy(() -> service.exposure(Actors.everything(), new AssetId(404), 50))
                .isInstanceOf(NotFoundException.class);
        AssetId server = assets.insert(AssetMother.anAsset(AssetMother.aBareProfile("server"), NOW)).id().orElseThrow();
        for (int listed : new int[] {0, 501}) {
            assertThatThrownBy(() -> service.exposure(Actors.everything(), server, listed))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        }
    }

    @Test
    void risks_out_of_scope_or_reached_over_assets_out_of_scope_count_but_are_listed_hidden_and_said_so() {
        InMemoryOrgUnits units = new InMemoryOrgUnits();
        OrgUnitId a = OrgUnitMother.storedUnit(units, "A", OrgUnitId.ROOT);
        OrgUnitId b = OrgUnitMother.storedUnit(units, "B", OrgUnitId.ROOT);
        Actor ofA = Actors.inUnit(OrgUnitTree.of(units.parentLinks()), a, Permission.ASSET_READ,
                Permission.RISK_READ);
        AssetId app = assets.insert(AssetMother.anAssetIn(a, AssetMother.aBareProfile("app"), NOW)).id()
                .orElseThrow();
        AssetId db = assets.insert(AssetMother.anAssetIn(b, AssetMother.aBareProfile("db"), NOW)).id().orElseThrow();
        relationships.insert(AssetRelationshipEntry.record(new AssetRelationship(app, db,
                RelationshipType.DEPENDS_ON, true), Optional.empty(), Optional.empty(), NOW));
        Risk flaw = risks.insert(onAsset("app flaw", app, 2, 2).placedIn(a));
        risks.insert(onAsset("db leak", db, 5, 5).placedIn(a));
        risks.insert(onAsset("secret of B", app, 4, 4).placedIn(b));

        AssetRiskView seenFromA = service.exposure(ofA, app, 50);

        assertThat(seenFromA.total()).isEqualTo(3);
        assertThat(seenFromA.hidden()).isEqualTo(2);
        assertThat(seenFromA.note()).startsWith("2 of the risks reaching this asset are hidden");
        assertThat(seenFromA.highestLevel()).isEqualTo("critical");
        assertThat(seenFromA.highest()).isEqualTo(CarriedRiskView.hidden("critical", 25.0));
        assertThat(seenFromA.countsByLevel()).containsEntry("critical", 1L).containsEntry("high", 1L)
                .containsEntry("low", 1L);
        assertThat(seenFromA.risks()).extracting(CarriedRiskView::hidden, CarriedRiskView::id,
                CarriedRiskView::title, CarriedRiskView::riskLevel).containsExactly(
                tuple(true, null, null, "critical"), tuple(true, null, null, "high"),
                tuple(false, flaw.id().orElseThrow().value(), "app flaw", "low"));
        AssetRiskView seenEverywhere = service.exposure(Actors.everything(), app, 50);
        assertThat(seenEverywhere.hidden()).isZero();
        assertThat(seenEverywhere.note()).isNull();
        assertThat(seenEverywhere.risks()).noneMatch(CarriedRiskView::hidden);
        // the asset itself must be one the reader reads
        assertThatThrownBy(() -> service.exposure(ofA, db, 50)).isInstanceOf(NotFoundException.class);
    }

    private static Risk onAsset(String title, AssetId asset, int likelihood, int impact) {
        RiskFacts facts = RiskMother.facts(title, RiskCategory.TECHNICAL);
        RiskFacts onAsset = new RiskFacts(facts.title(), facts.category(), facts.details(), facts.treatment(),
                facts.ai(), Optional.of(asset), facts.owner());
        return RiskMother.aRisk(onAsset, RiskEstimate.inherent(likelihood, impact), NOW, Optional.empty());
    }
}
