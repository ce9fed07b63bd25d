package io.aegis.application.asset;

import static io.aegis.application.asset.AssetMother.T0;
import static io.aegis.application.asset.AssetMother.aBareProfile;
import static io.aegis.application.asset.AssetMother.aFullProfile;
import static io.aegis.application.asset.AssetMother.anAssetIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.asset.Hostname;
import io.aegis.domain.asset.IpAddress;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AssetReadModel} must answer, on the same data in every store. */
public abstract class AssetReadModelContract {

    private AssetStores stores;
    private AssetReadModel readModel;

    protected abstract AssetStores emptyStores();

    @BeforeEach
    void load() {
        stores = emptyStores();
        readModel = stores.assetList();
        AssetRepository repository = stores.assets();
        // db-01: database, high, maintenance, owner + category, 2001:db8::10, db-01.example.com
        repository.insert(Asset.register(aFullProfile("db-01", stores.user(), stores.category()),
                OrgUnitId.ROOT, Optional.of(stores.user()), T0.plusSeconds(1)));
        repository.insert(AssetMother.anAsset(aBareProfile("Web_front")
                .withCriticality(Criticality.CRITICAL).withIpAddress(new IpAddress("192.0.2.7")), T0.plusSeconds(2)));
        repository.insert(AssetMother.anAsset(aBareProfile("app").withType(AssetType.APPLICATION)
                .withCriticality(Criticality.LOW).withHostname(new Hostname("App.Internal")), T0.plusSeconds(3)));
        Asset gone = repository.insert(AssetMother.anAsset(aBareProfile("backup")
                .withStatus(AssetStatus.RETIRED), T0.plusSeconds(4)));
        repository.update(gone.deactivate(T0.plusSeconds(10)), gone.version());
    }

    @Test
    void lists_active_assets_by_name_ignoring_case_by_default() {
        Page<AssetView> page = list(ListAssetsQuery.all());

        assertThat(names(page)).containsExactly("app", "db-01", "Web_front");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void include_inactive_pages_and_counts_every_match() {
        Page<AssetView> page = list(query(true, List.of(), new PageRequest(2, 1)));

        assertThat(names(page)).containsExactly("backup", "db-01");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void criticality_sorts_by_severity_not_alphabet() {
        Page<AssetView> page = list(query(false,
                List.of(new SortOrder<>(AssetSortField.CRITICALITY, true)), PageRequest.first()));

        assertThat(names(page)).containsExactly("Web_front", "db-01", "app");
    }

    @Test
    void sorts_by_creation_descending_and_by_type() {
        assertThat(names(list(query(true,
                List.of(new SortOrder<>(AssetSortField.CREATED_AT, true)), PageRequest.first()))))
                .containsExactly("backup", "app", "Web_front", "db-01");
        assertThat(names(list(query(false,
                List.of(SortOrder.ascending(AssetSortField.ASSET_TYPE), SortOrder.ascending(AssetSortField.ID)),
                PageRequest.first())))).containsExactly("app", "db-01", "Web_front");
    }

    @Test
    void reference_columns_sort_absent_values_first_then_by_id() {
        // only db-01 has a category, an owner and a creator
        for (AssetSortField field : List.of(AssetSortField.CATEGORY_ID, AssetSortField.OWNER_ID,
                AssetSortField.CREATED_BY)) {
            assertThat(names(list(query(false, List.of(SortOrder.ascending(field)), PageRequest.first()))))
                    .containsExactly("Web_front", "app", "db-01");
            assertThat(names(list(query(false, List.of(new SortOrder<>(field, true)),
                    PageRequest.first())))).containsExactly("db-01", "app", "Web_front");
        }
    }

    @Test
    void text_search_looks_into_name_hostname_and_ip_ignoring_case() {
        assertThat(names(list(text("APP.INT")))).containsExactly("app");
        assertThat(names(list(text("2001:DB8")))).containsExactly("db-01");
        assertThat(names(list(text("192.0.2")))).containsExactly("Web_front");
        assertThat(names(list(text("WEB")))).containsExactly("Web_front");
    }

    @Test
    void text_search_treats_like_wildcards_as_plain_characters() {
        assertThat(names(list(text("%")))).isEmpty();
        assertThat(names(list(text("W_b")))).isEmpty();
        assertThat(names(list(text("b_")))).containsExactly("Web_front");
    }

    @Test
    void filters_on_every_indexed_column() {
        AssetView db = list(text("db-01")).items().get(0);

        assertThat(names(list(new ListAssetsQuery(Optional.empty(), Optional.of("DB-01"),
                Set.of(AssetType.DATABASE, AssetType.SERVER), Set.of(Criticality.HIGH), Optional.of(stores.category()),
                Optional.of(stores.user()), Set.of(AssetStatus.MAINTENANCE), Optional.of(stores.user()),
                Optional.of(db.createdAt()), Optional.of(db.createdAt().plusMillis(1)), Optional.of(OrgUnitId.ROOT),
                false, List.of(), PageRequest.first())))).containsExactly("db-01");
        assertThat(list(new ListAssetsQuery(Optional.empty(), Optional.empty(), Set.of(),
                Set.of(), Optional.empty(), Optional.empty(), Set.of(AssetStatus.RETIRED),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                PageRequest.first())).total()).isZero();
        assertThat(names(list(new ListAssetsQuery(Optional.empty(), Optional.empty(),
                Set.of(AssetType.SERVER), Set.of(), Optional.empty(), Optional.empty(),
                Set.of(), Optional.empty(), Optional.empty(), Optional.of(db.createdAt().plusSeconds(2)),
                Optional.empty(), true, List.of(), PageRequest.first())))).containsExactly("Web_front");
    }

    @Test
    void views_carry_every_property() {
        AssetView db = list(text("db-01")).items().get(0);

        assertThat(db.assetType()).isEqualTo("database");
        assertThat(db.criticality()).isEqualTo("high");
        assertThat(db.status()).isEqualTo("maintenance");
        assertThat(db.ownerId()).isEqualTo(stores.user().value());
        assertThat(db.categoryId()).isEqualTo(stores.category().value());
        assertThat(db.createdBy()).isEqualTo(stores.user().value());
        assertThat(db.complianceScope()).containsExactly("PCI DSS", "ISO 27001");
        assertThat(db.tags()).containsExactly("critical-path", "Überwachung 監視");
        assertThat(db.customFields()).containsEntry("rto_hours", 4L).containsEntry("ratio", 0.25)
                .containsEntry("encrypted", true);
        assertThat(db.lastScanDate()).isEqualTo(Instant.parse("2026-02-27T22:10:05.250Z"));
        assertThat(db.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void rows_of_another_unit_never_appear_in_a_page_or_its_total() {
        insertInUnits();
        Scope onlyA = new Scope(false, Set.of(stores.unitA()), Set.of());

        Page<AssetView> first = readModel.list(query(true, List.of(), new PageRequest(1, 0)), onlyA);
        Page<AssetView> all = readModel.list(query(true, List.of(), PageRequest.first()), onlyA);

        assertThat(names(first)).containsExactly("a-1");
        assertThat(first.total()).isEqualTo(2);
        assertThat(names(all)).containsExactly("a-1", "a-2 retired");
        assertThat(readModel.list(inUnit(stores.unitB()), onlyA).total()).isZero();
        assertThat(readModel.list(text("b-1"), onlyA).items()).isEmpty();
    }

    @Test
    void an_unlimited_scope_sees_every_unit_and_an_empty_one_none() {
        insertInUnits();

        assertThat(readModel.list(query(true, List.of(), PageRequest.first()), Scope.everywhere()).total())
                .isEqualTo(7);
        Page<AssetView> none = readModel.list(query(true, List.of(), PageRequest.first()), Scope.nowhere());
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void filters_by_unit_and_views_carry_it() {
        insertInUnits();

        Page<AssetView> ofB = list(inUnit(stores.unitB()));

        assertThat(names(ofB)).containsExactly("b-1");
        assertThat(ofB.items()).extracting(AssetView::orgUnitId).containsExactly(stores.unitB().value());
        assertThat(list(inUnit(OrgUnitId.ROOT)).items()).extracting(AssetView::orgUnitId)
                .containsOnly(OrgUnitId.ROOT.value()).hasSize(3);
    }

    /** a-1 and a-2 (inactive) in unit A, b-1 in unit B, beside the four of the root. */
    private void insertInUnits() {
        AssetRepository repository = stores.assets();
        repository.insert(anAssetIn(stores.unitA(), aBareProfile("a-1"), T0.plusSeconds(5)));
        Asset retired = repository.insert(anAssetIn(stores.unitA(), aBareProfile("a-2 retired"), T0.plusSeconds(6)));
        repository.update(retired.deactivate(T0.plusSeconds(11)), retired.version());
        repository.insert(anAssetIn(stores.unitB(), aBareProfile("b-1"), T0.plusSeconds(7)));
    }

    /** Every unit's rows: the cases above are about filters, not scopes. */
    private Page<AssetView> list(ListAssetsQuery query) {
        return readModel.list(query, Scope.everywhere());
    }

    private static ListAssetsQuery text(String text) {
        return new ListAssetsQuery(Optional.of(text), Optional.empty(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, List.of(), PageRequest.first());
    }

    private static ListAssetsQuery inUnit(OrgUnitId unit) {
        return new ListAssetsQuery(Optional.empty(), Optional.empty(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(unit), false, List.of(), PageRequest.first());
    }

    private static ListAssetsQuery query(boolean includeInactive,
                                         List<SortOrder<AssetSortField>> sort, PageRequest page) {
        return new ListAssetsQuery(Optional.empty(), Optional.empty(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), includeInactive, sort, page);
    }

    private static List<String> names(Page<AssetView> page) {
        return page.items().stream().map(AssetView::name).toList();
    }
}
