package io.aegis.application.asset;

import static io.aegis.application.asset.AssetMother.T0;
import static io.aegis.application.asset.AssetMother.aBareProfile;
import static io.aegis.application.asset.AssetMother.aFullProfile;
import static io.aegis.application.asset.AssetMother.anAsset;
import static io.aegis.application.asset.AssetMother.anAssetIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.shared.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetRepository} must do. Adapters extend this class and hand over a repository on an
 * empty store (with one user and one category to reference); the same tests then run against memory, SQLite
 * and MariaDB.
 */
public abstract class AssetRepositoryContract {

    private AssetStores stores;
    private AssetRepository repository;

    protected abstract AssetStores emptyStores();

    @BeforeEach
    void startEmpty() {
        stores = emptyStores();
        repository = stores.assets();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        AssetProfile profile = aFullProfile("db-01", stores.user(), stores.category());
        Asset stored = repository.insert(Asset.register(profile, stores.unitA(), Optional.of(stores.user()), T0));

        Asset found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id());
        assertThat(found.profile()).isEqualTo(profile);
        assertThat(found.unit()).isEqualTo(stores.unitA());
        assertThat(found.active()).isTrue();
        assertThat(found.createdBy()).contains(stores.user());
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void absent_optional_properties_stay_absent_and_defaults_stay() {
        AssetProfile profile = aBareProfile("bare");
        Asset stored = repository.insert(anAsset(profile, T0));

        Asset found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.profile()).isEqualTo(profile);
        assertThat(found.profile().criticality()).isEqualTo(Criticality.MEDIUM);
        assertThat(found.profile().tags()).isEqualTo(Labels.none());
        assertThat(found.createdBy()).isEmpty();
    }

    @Test
    void ids_are_distinct_and_unknown_ones_find_nothing() {
        Asset first = repository.insert(anAsset(aBareProfile("a"), T0));
        Asset second = repository.insert(anAsset(aBareProfile("a"), T0));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(repository.findById(new AssetId(987_654))).isEmpty();
    }

    @Test
    void update_with_the_current_version_stores_the_change() {
        Asset stored = repository.insert(anAsset(aFullProfile("web", stores.user(), stores.category()), T0));
        AssetProfile bare = aBareProfile("web 2").withCriticality(Criticality.CRITICAL);
        Asset changed = stored.revise(bare, T0.plusSeconds(60));

        assertThat(repository.update(changed, stored.version())).isTrue();

        Asset found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.profile()).isEqualTo(bare);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void a_move_to_another_unit_is_stored() {
        Asset stored = repository.insert(anAssetIn(stores.unitA(), aBareProfile("moving"), T0));

        repository.update(stored.revise(stored.profile(), stores.unitB(), T0.plusSeconds(1)), stored.version());

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().unit()).isEqualTo(stores.unitB());
    }

    @Test
    void deactivation_is_stored() {
        Asset stored = repository.insert(anAsset(aBareProfile("old"), T0));

        repository.update(stored.deactivate(T0.plusSeconds(1)), stored.version());

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().active()).isFalse();
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        Asset stored = repository.insert(anAsset(aBareProfile("v"), T0));
        Asset first = stored.revise(aBareProfile("v1"), T0.plusSeconds(1));
        Asset second = stored.revise(aBareProfile("v2"), T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().profile().name())
                .isEqualTo(new AssetName("v1"));
    }

    @Test
    void assets_are_found_by_ids_and_by_exact_names_in_one_read_each() {
        Asset web = repository.insert(anAsset(aBareProfile("web"), T0));
        Asset db = repository.insert(anAsset(aBareProfile("db"), T0));
        repository.insert(anAsset(aBareProfile("Web"), T0));

        assertThat(repository.findByIds(List.of(web.id().orElseThrow(), db.id().orElseThrow(), new AssetId(987_654))))
                .extracting(asset -> asset.id().orElseThrow()).containsExactlyInAnyOrder(web.id().orElseThrow(),
                        db.id().orElseThrow());
        assertThat(repository.findByNames(List.of(new AssetName("web"), new AssetName("nothing"))))
                .extracting(asset -> asset.id().orElseThrow()).containsExactly(web.id().orElseThrow());
    }

    @Test
    void update_all_stores_every_change_and_tells_when_one_version_was_stale() {
        Asset first = repository.insert(anAsset(aBareProfile("one"), T0));
        Asset second = repository.insert(anAsset(aBareProfile("two"), T0));

        assertThat(repository.updateAll(List.of(first.revise(aBareProfile("one b"), T0.plusSeconds(1)),
                second.revise(aBareProfile("two b"), T0.plusSeconds(1))), List.of(first.version(), second.version())))
                .isTrue();
        assertThat(repository.updateAll(List.of(first.revise(aBareProfile("one c"), T0.plusSeconds(2))),
                List.of(first.version()))).isFalse();
        assertThat(repository.findById(second.id().orElseThrow()).orElseThrow().profile().name())
                .isEqualTo(new AssetName("two b"));
        assertThat(repository.findById(first.id().orElseThrow()).orElseThrow().profile().name())
                .isEqualTo(new AssetName("one b"));
    }

    @Test
    void insert_all_assigns_each_asset_its_own_id_in_their_order_across_statements() {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            assets.add(anAsset(aBareProfile("host " + i), T0));
        }
        assets.add(anAssetIn(stores.unitA(), aFullProfile("host 7", stores.user(), stores.category()), T0));

        List<Asset> stored = repository.insertAll(assets);

        assertThat(stored).hasSameSizeAs(assets);
        assertThat(stored.stream().map(asset -> asset.id().orElseThrow()).distinct()).hasSize(assets.size());
        for (int i = 0; i < assets.size(); i++) {
            Asset found = repository.findById(stored.get(i).id().orElseThrow()).orElseThrow();
            assertThat(found.profile()).isEqualTo(assets.get(i).profile());
            assertThat(found.unit()).isEqualTo(assets.get(i).unit());
        }
    }

    @Test
    void insert_all_refuses_two_assets_of_one_name_and_type_and_stores_none() {
        List<Asset> twins = List.of(anAsset(aBareProfile("twin"), T0), anAsset(aBareProfile("other"), T0),
                anAsset(aBareProfile("twin"), T0));

        assertThatThrownBy(() -> repository.insertAll(twins)).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.findByNames(List.of(new AssetName("twin"), new AssetName("other")))).isEmpty();
        assertThat(repository.insertAll(List.of())).isEmpty();
    }
}
