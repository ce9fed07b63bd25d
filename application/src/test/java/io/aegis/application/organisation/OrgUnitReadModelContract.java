package io.aegis.application.organisation;

import static io.aegis.application.organisation.OrgUnitMother.T0;
import static io.aegis.application.organisation.OrgUnitMother.aBareUnit;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.OrgUnitSortField;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitReadModel;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrgUnitReadModel} must answer, on the same tree in every store: the root "Organisation" (id
 * 1), under it "europe" and "Asia", under europe "France" and the deactivated "Benelux".
 */
public abstract class OrgUnitReadModelContract {

    private static final OrgUnitId ROOT = new OrgUnitId(1);

    private OrgUnitReadModel readModel;
    private OrgUnitId europe;
    private OrgUnitId france;

    /** A read model and a repository over the same store, holding the root unit alone. */
    protected abstract Stores storesWithTheRootAlone();

    public record Stores(OrgUnitRepository repository, OrgUnitReadModel readModel) {
    }

    @BeforeEach
    void load() {
        Stores stores = storesWithTheRootAlone();
        readModel = stores.readModel();
        OrgUnitRepository repository = stores.repository();
        europe = repository.insert(OrgUnit.define(new OrgUnitName("europe"), ROOT,
                Optional.of(new Description("Sales offices of the EU")), T0.plusSeconds(1))).id().orElseThrow();
        repository.insert(aBareUnit("Asia", ROOT, T0.plusSeconds(2)));
        france = repository.insert(aBareUnit("France", europe, T0.plusSeconds(3))).id().orElseThrow();
        OrgUnit benelux = repository.insert(aBareUnit("Benelux", europe, T0.plusSeconds(4)));
        repository.update(benelux.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(10)), benelux.version());
    }

    @Test
    void lists_active_units_by_name_ignoring_case_by_default() {
        Page<OrgUnitView> page = readModel.list(ListOrgUnitsQuery.all());

        assertThat(names(page)).containsExactly("Asia", "europe", "France", "Organisation");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void include_inactive_lists_deactivated_ones_too() {
        assertThat(names(readModel.list(query(Optional.empty(), Optional.empty(), Optional.empty(), true,
                List.of(), new PageRequest(10, 0))))).containsExactly("Asia", "Benelux", "europe", "France",
                "Organisation");
    }

    @Test
    void filters_the_units_directly_under_a_parent() {
        assertThat(names(readModel.list(query(Optional.empty(), Optional.empty(), Optional.of(europe), false,
                List.of(), PageRequest.first())))).containsExactly("France");
        assertThat(names(readModel.list(query(Optional.empty(), Optional.empty(), Optional.of(europe), true,
                List.of(), PageRequest.first())))).containsExactly("Benelux", "France");
        assertThat(names(readModel.list(query(Optional.empty(), Optional.empty(), Optional.of(ROOT), false,
                List.of(), PageRequest.first())))).containsExactly("Asia", "europe");
    }

    @Test
    void pages_count_every_match() {
        Page<OrgUnitView> page = readModel.list(query(Optional.empty(), Optional.empty(), Optional.empty(), true,
                List.of(), new PageRequest(2, 1)));

        assertThat(names(page)).containsExactly("Benelux", "europe");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void sorts_by_a_field_descending() {
        Page<OrgUnitView> byCreation = readModel.list(query(Optional.empty(), Optional.empty(), Optional.of(europe),
                true, List.of(new SortOrder<>(OrgUnitSortField.CREATED_AT, true)), PageRequest.first()));

        assertThat(names(byCreation)).containsExactly("Benelux", "France");
    }

    @Test
    void text_search_looks_into_name_and_description_ignoring_case() {
        assertThat(names(readModel.list(query(Optional.of("SALES"), Optional.empty(), Optional.empty(), false,
                List.of(), PageRequest.first())))).containsExactly("europe");
        assertThat(names(readModel.list(query(Optional.of("RANC"), Optional.empty(), Optional.empty(), false,
                List.of(), PageRequest.first())))).containsExactly("France");
        assertThat(readModel.list(query(Optional.of("%"), Optional.empty(), Optional.empty(), true, List.of(),
                PageRequest.first())).items()).isEmpty();
    }

    @Test
    void filters_by_exact_name_ignoring_case() {
        assertThat(names(readModel.list(query(Optional.empty(), Optional.of("EUROPE"), Optional.empty(), false,
                List.of(), PageRequest.first())))).containsExactly("europe");
    }

    @Test
    void views_carry_every_property_and_the_path_from_the_root() {
        OrgUnitView found = readModel.list(query(Optional.empty(), Optional.of("france"), Optional.empty(), false,
                List.of(), PageRequest.first())).items().get(0);
        OrgUnitView root = readModel.list(query(Optional.empty(), Optional.of("organisation"), Optional.empty(),
                false, List.of(), PageRequest.first())).items().get(0);

        assertThat(found.id()).isEqualTo(france.value());
        assertThat(found.parentId()).isEqualTo(europe.value());
        assertThat(found.description()).isNull();
        assertThat(found.active()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(found.path()).containsExactly(ROOT.value(), europe.value(), france.value());
        assertThat(root.parentId()).isNull();
        assertThat(root.path()).containsExactly(ROOT.value());
    }

    private static ListOrgUnitsQuery query(Optional<String> text, Optional<String> name, Optional<OrgUnitId> parent,
                                           boolean includeInactive, List<SortOrder<OrgUnitSortField>> sort,
                                           PageRequest page) {
        return new ListOrgUnitsQuery(text, name, parent, includeInactive, sort, page);
    }

    private static List<String> names(Page<OrgUnitView> page) {
        return page.items().stream().map(OrgUnitView::name).toList();
    }
}
