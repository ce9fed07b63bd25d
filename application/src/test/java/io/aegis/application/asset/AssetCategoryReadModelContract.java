package io.aegis.application.asset;

import static io.aegis.application.asset.AssetCategoryMother.T0;
import static io.aegis.application.asset.AssetCategoryMother.aBareCategory;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.in.AssetCategorySortField;
import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AssetCategoryReadModel} must answer, on the same data in every store. */
public abstract class AssetCategoryReadModelContract {

    private AssetCategoryReadModel readModel;

    /** A read model and a repository over the same empty store. */
    protected abstract Stores emptyStores();

    public record Stores(AssetCategoryRepository repository, AssetCategoryReadModel readModel) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        readModel = stores.readModel();
        AssetCategoryRepository repository = stores.repository();
        repository.insert(aBareCategory("delta", T0.plusSeconds(4)));
        repository.insert(AssetCategory.define(new AssetCategoryName("Alpha"),
                Optional.of(new Description("Mail and web servers")), Optional.of(new HexColor("#FF0000")),
                T0.plusSeconds(1)));
        repository.insert(aBareCategory("charlie", T0.plusSeconds(3)));
        AssetCategory bravo = repository.insert(aBareCategory("Bravo", T0.plusSeconds(2)));
        repository.update(bravo.deactivate(T0.plusSeconds(10)), bravo.version());
    }

    @Test
    void lists_active_categories_by_name_ignoring_case_by_default() {
        Page<AssetCategoryView> page = readModel.list(ListAssetCategoriesQuery.all());

        assertThat(names(page)).containsExactly("Alpha", "charlie", "delta");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void include_inactive_lists_deactivated_ones_too() {
        Page<AssetCategoryView> page = readModel.list(query(Optional.empty(), Optional.empty(), true,
                List.of(), new PageRequest(10, 0)));

        assertThat(names(page)).containsExactly("Alpha", "Bravo", "charlie", "delta");
    }

    @Test
    void pages_count_every_match() {
        Page<AssetCategoryView> page = readModel.list(query(Optional.empty(), Optional.empty(), true,
                List.of(), new PageRequest(2, 1)));

        assertThat(names(page)).containsExactly("Bravo", "charlie");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void a_page_past_the_end_is_empty_but_counts() {
        Page<AssetCategoryView> page = readModel.list(query(Optional.empty(), Optional.empty(), false,
                List.of(), new PageRequest(5, 40)));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void sorts_by_a_field_descending() {
        Page<AssetCategoryView> byCreation = readModel.list(query(Optional.empty(), Optional.empty(), true,
                List.of(new SortOrder<>(AssetCategorySortField.CREATED_AT, true)), new PageRequest(10, 0)));

        assertThat(names(byCreation)).containsExactly("delta", "charlie", "Bravo", "Alpha");
    }

    @Test
    void text_search_looks_into_name_and_description_ignoring_case() {
        assertThat(names(readModel.list(query(Optional.of("SERVERS"), Optional.empty(), false, List.of(),
                PageRequest.first())))).containsExactly("Alpha");
        assertThat(names(readModel.list(query(Optional.of("HARL"), Optional.empty(), false, List.of(),
                PageRequest.first())))).containsExactly("charlie");
    }

    @Test
    void text_search_treats_like_wildcards_as_plain_characters() {
        assertThat(readModel.list(query(Optional.of("%"), Optional.empty(), true, List.of(), PageRequest.first()))
                .items()).isEmpty();
        assertThat(readModel.list(query(Optional.of("_"), Optional.empty(), true, List.of(), PageRequest.first()))
                .items()).isEmpty();
    }

    @Test
    void filters_by_exact_name_ignoring_case_and_by_colour() {
        assertThat(names(readModel.list(query(Optional.empty(), Optional.of("DELTA"), false, List.of(),
                PageRequest.first())))).containsExactly("delta");
        ListAssetCategoriesQuery red = new ListAssetCategoriesQuery(Optional.empty(), Optional.empty(),
                Optional.of(new HexColor("#ff0000")), false, List.of(), PageRequest.first());
        assertThat(names(readModel.list(red))).containsExactly("Alpha");
    }

    @Test
    void views_carry_every_property() {
        AssetCategoryView alpha = readModel.list(query(Optional.empty(), Optional.of("alpha"), false, List.of(),
                PageRequest.first())).items().get(0);

        assertThat(alpha.description()).isEqualTo("Mail and web servers");
        assertThat(alpha.color()).isEqualTo("#FF0000");
        assertThat(alpha.active()).isTrue();
        assertThat(alpha.createdAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(alpha.updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    private static ListAssetCategoriesQuery query(Optional<String> text, Optional<String> name,
                                                  boolean includeInactive,
                                                  List<SortOrder<AssetCategorySortField>> sort, PageRequest page) {
        return new ListAssetCategoriesQuery(text, name, Optional.empty(), includeInactive, sort, page);
    }

    private static List<String> names(Page<AssetCategoryView> page) {
        return page.items().stream().map(AssetCategoryView::name).toList();
    }
}
