package io.aegis.application.asset;

import static io.aegis.application.asset.AssetMother.T0;
import static io.aegis.application.asset.AssetMother.aBareProfile;
import static io.aegis.application.asset.AssetMother.anAsset;
import static io.aegis.application.asset.AssetMother.anAssetIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.in.AssetRelationshipSortField;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.RelationshipDirection;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.Description;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetRelationshipRepository}, its read model and the risk roll-up's
 * {@code AssetDependencyGraph} must do, on three assets app, db and vm (vm later deleted) and a fourth, host.
 */
public abstract class AssetRelationshipContract {

    private AssetStores stores;
    private AssetRelationshipRepository repository;
    private AssetId app;
    private AssetId db;
    private AssetId host;
    private AssetId vm;

    protected abstract AssetStores emptyStores();

    @BeforeEach
    void load() {
        stores = emptyStores();
        repository = stores.relationships();
        app = stores.assets().insert(anAsset(aBareProfile("app"), T0)).id().orElseThrow();
        db = stores.assets().insert(anAsset(aBareProfile("db"), T0)).id().orElseThrow();
        host = stores.assets().insert(anAsset(aBareProfile("host"), T0)).id().orElseThrow();
        vm = stores.assets().insert(anAsset(aBareProfile("vm"), T0)).id().orElseThrow();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property() {
        AssetRelationshipEntry stored = repository.insert(AssetRelationshipEntry.record(
                new AssetRelationship(app, db, RelationshipType.DEPENDS_ON, true),
                Optional.of(new Description("orders schema")), Optional.of(stores.user()), T0));

        AssetRelationshipEntry found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.edge()).isEqualTo(new AssetRelationship(app, db, RelationshipType.DEPENDS_ON, true));
        assertThat(found.description()).contains(new Description("orders schema"));
        assertThat(found.createdBy()).contains(stores.user());
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(repository.findById(new AssetRelationshipId(987_654))).isEmpty();
    }

    @Test
    void exists_matches_source_target_and_type_only() {
        insert(app, db, RelationshipType.DEPENDS_ON, false);

        assertThat(repository.exists(app, db, RelationshipType.DEPENDS_ON)).isTrue();
        assertThat(repository.exists(db, app, RelationshipType.DEPENDS_ON)).isFalse();
        assertThat(repository.exists(app, db, RelationshipType.CONNECTS_TO)).isFalse();
    }

    @Test
    void update_stores_description_and_flag_and_delete_removes() {
        AssetRelationshipEntry stored = insert(app, db, RelationshipType.DEPENDS_ON, false);

        assertThat(repository.update(stored.revise(Optional.empty(), true))).isTrue();
        AssetRelationshipEntry found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.edge().critical()).isTrue();
        assertThat(found.description()).isEmpty();

        assertThat(repository.delete(stored.id().orElseThrow())).isTrue();
        assertThat(repository.delete(stored.id().orElseThrow())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow())).isEmpty();
    }

    @Test
    void critical_dependencies_are_the_critical_edges_through_which_the_dependents_need_an_active_asset() {
        insert(app, db, RelationshipType.DEPENDS_ON, true);
        insert(host, app, RelationshipType.HOSTS, true);
        insert(host, db, RelationshipType.HOSTS, false);
        insert(app, vm, RelationshipType.CONNECTS_TO, true);
        insert(vm, host, RelationshipType.RUNS_ON, true);

        assertThat(stores.graph().criticalDependenciesOf(Set.of(app))).containsExactlyInAnyOrder(
                new AssetRelationship(app, db, RelationshipType.DEPENDS_ON, true),
                new AssetRelationship(host, app, RelationshipType.HOSTS, true));
        assertThat(stores.graph().criticalDependenciesOf(Set.of(db, vm))).containsExactly(
                new AssetRelationship(vm, host, RelationshipType.RUNS_ON, true));
        assertThat(stores.graph().criticalDependenciesOf(Set.of(host))).isEmpty();

        Asset vmAsset = stores.assets().findById(vm).orElseThrow();
        stores.assets().update(vmAsset.deactivate(T0.plusSeconds(1)), vmAsset.version());
        assertThat(stores.graph().criticalDependenciesOf(Set.of(db, vm))).isEmpty();
        assertThat(stores.graph().criticalDependenciesOf(Set.of())).isEmpty();
    }

    @Test
    void critical_dependents_are_the_same_edges_found_from_the_asset_needed() {
        insert(app, db, RelationshipType.DEPENDS_ON, true);
        insert(host, app, RelationshipType.HOSTS, true);
        insert(host, db, RelationshipType.HOSTS, false);
        insert(app, vm, RelationshipType.CONNECTS_TO, true);
        insert(vm, host, RelationshipType.RUNS_ON, true);

        assertThat(stores.graph().criticalDependentsOf(Set.of(db))).containsExactly(
                new AssetRelationship(app, db, RelationshipType.DEPENDS_ON, true));
        assertThat(stores.graph().criticalDependentsOf(Set.of(host, vm))).containsExactly(
                new AssetRelationship(host, app, RelationshipType.HOSTS, true),
                new AssetRelationship(vm, host, RelationshipType.RUNS_ON, true));
        // app needs others, and connects to vm, which needs nothing from it
        assertThat(stores.graph().criticalDependentsOf(Set.of(app))).isEmpty();

        Asset vmAsset = stores.assets().findById(vm).orElseThrow();
        stores.assets().update(vmAsset.deactivate(T0.plusSeconds(1)), vmAsset.version());
        assertThat(stores.graph().criticalDependentsOf(Set.of(host))).containsExactly(
                new AssetRelationship(host, app, RelationshipType.HOSTS, true));
        assertThat(stores.graph().criticalDependentsOf(Set.of())).isEmpty();
    }

    @Test
    void names_are_given_for_the_assets_of_the_scope_only() {
        assertThat(stores.graph().namesAmong(Set.of(app, db, new AssetId(vm.value() + 1000)), Scope.everywhere()))
                .isEqualTo(Map.of(app, "app", db, "db"));
        assertThat(stores.graph().namesAmong(Set.of(app), new Scope(false, Set.of(new OrgUnitId(2)), Set.of())))
                .isEmpty();
    }

    @Test
    void the_graph_knows_every_asset_active_or_not_and_no_other() {
        Asset vmAsset = stores.assets().findById(vm).orElseThrow();
        stores.assets().update(vmAsset.deactivate(T0.plusSeconds(1)), vmAsset.version());

        assertThat(stores.graph().assetExists(app, Scope.everywhere())).isTrue();
        assertThat(stores.graph().assetExists(vm, Scope.everywhere())).isTrue();
        assertThat(stores.graph().assetExists(new AssetId(vm.value() + 1000), Scope.everywhere())).isFalse();
        // every asset stored here is of the root unit
        assertThat(stores.graph().assetExists(app, new Scope(false, Set.of(new OrgUnitId(2)), Set.of()))).isFalse();
        assertThat(stores.graph().visibleAmong(Set.of(app, vm, new AssetId(vm.value() + 1000)), Scope.everywhere()))
                .containsExactlyInAnyOrder(app, vm);
        assertThat(stores.graph().visibleAmong(Set.of(app, vm), Scope.nowhere())).isEmpty();
    }

    @Test
    void lists_an_assets_relationships_by_direction_and_type() {
        insert(app, db, RelationshipType.DEPENDS_ON, true);
        insert(host, app, RelationshipType.HOSTS, false);
        insert(db, host, RelationshipType.RUNS_ON, false);

        assertThat(ids(of(app, RelationshipDirection.BOTH, Optional.empty()))).hasSize(2);
        assertThat(targets(of(app, RelationshipDirection.OUTGOING, Optional.empty()))).containsExactly(db.value());
        assertThat(sources(of(app, RelationshipDirection.INCOMING, Optional.empty()))).containsExactly(host.value());
        assertThat(ids(of(app, RelationshipDirection.BOTH, Optional.of(RelationshipType.HOSTS)))).hasSize(1);
    }

    @Test
    void lists_filter_by_source_target_and_flag_and_page_with_a_total() {
        insert(app, db, RelationshipType.DEPENDS_ON, true);
        insert(host, app, RelationshipType.HOSTS, false);
        insert(db, host, RelationshipType.RUNS_ON, false);

        var critical = stores.relationshipList().list(new ListAssetRelationshipsQuery(Optional.empty(),
                RelationshipDirection.BOTH, Optional.of(app), Optional.of(db), Set.of(), Optional.of(true),
                List.of(), PageRequest.first()), Scope.everywhere());
        var page = stores.relationshipList().list(new ListAssetRelationshipsQuery(Optional.empty(),
                RelationshipDirection.BOTH, Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                List.of(SortOrder.ascending(AssetRelationshipSortField.RELATIONSHIP_TYPE)), new PageRequest(1, 1)),
                Scope.everywhere());

        assertThat(critical.items()).extracting(AssetRelationshipView::relationshipType).containsExactly("depends_on");
        assertThat(critical.items().get(0).sourceAssetName()).isEqualTo(stores.assets().findById(app).orElseThrow()
                .profile().name().value());
        assertThat(critical.items().get(0).targetAssetName()).isEqualTo(stores.assets().findById(db).orElseThrow()
                .profile().name().value());
        assertThat(page.items()).extracting(AssetRelationshipView::relationshipType).containsExactly("hosts");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void a_relationship_is_listed_and_counted_only_when_both_its_assets_are_in_scope() {
        AssetId a1 = stores.assets().insert(anAssetIn(stores.unitA(), aBareProfile("a1"), T0)).id().orElseThrow();
        AssetId a2 = stores.assets().insert(anAssetIn(stores.unitA(), aBareProfile("a2"), T0)).id().orElseThrow();
        AssetId b1 = stores.assets().insert(anAssetIn(stores.unitB(), aBareProfile("b1"), T0)).id().orElseThrow();
        insert(a1, a2, RelationshipType.DEPENDS_ON, false);
        insert(a1, b1, RelationshipType.DEPENDS_ON, false);
        insert(b1, a2, RelationshipType.CONNECTS_TO, false);
        Scope onlyA = new Scope(false, Set.of(stores.unitA()), Set.of());
        ListAssetRelationshipsQuery ofA1 = new ListAssetRelationshipsQuery(Optional.of(a1), RelationshipDirection.BOTH,
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), List.of(), PageRequest.first());

        Page<AssetRelationshipView> inA = stores.relationshipList().list(ListAssetRelationshipsQuery.all(), onlyA);

        assertThat(inA.items()).extracting(AssetRelationshipView::targetAssetId).containsExactly(a2.value());
        assertThat(inA.total()).isEqualTo(1);
        assertThat(stores.relationshipList().list(ofA1, onlyA).total()).isEqualTo(1);
        assertThat(stores.relationshipList().list(ofA1, Scope.everywhere()).total()).isEqualTo(2);
        assertThat(stores.relationshipList().list(ListAssetRelationshipsQuery.all(), Scope.everywhere()).total())
                .isEqualTo(3);
        Page<AssetRelationshipView> none = stores.relationshipList().list(ListAssetRelationshipsQuery.all(),
                Scope.nowhere());
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    private List<AssetRelationshipView> of(AssetId asset, RelationshipDirection direction,
                                           Optional<RelationshipType> type) {
        return stores.relationshipList().list(new ListAssetRelationshipsQuery(Optional.of(asset), direction,
                Optional.empty(), Optional.empty(), type.map(Set::of).orElse(Set.of()), Optional.empty(), List.of(),
                PageRequest.first()),
                Scope.everywhere()).items();
    }

    private AssetRelationshipEntry insert(AssetId source, AssetId target, RelationshipType type, boolean critical) {
        return repository.insert(AssetRelationshipEntry.record(new AssetRelationship(source, target, type, critical),
                Optional.empty(), Optional.empty(), T0));
    }

    private static List<Long> ids(List<AssetRelationshipView> views) {
        return views.stream().map(AssetRelationshipView::id).toList();
    }

    private static List<Long> sources(List<AssetRelationshipView> views) {
        return views.stream().map(AssetRelationshipView::sourceAssetId).toList();
    }

    private static List<Long> targets(List<AssetRelationshipView> views) {
        return views.stream().map(AssetRelationshipView::targetAssetId).toList();
    }
}
