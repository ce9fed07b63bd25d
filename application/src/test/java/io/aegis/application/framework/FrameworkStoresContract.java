package io.aegis.application.framework;

import static io.aegis.application.framework.FrameworkMother.T0;
import static io.aegis.application.framework.FrameworkMother.aControl;
import static io.aegis.application.framework.FrameworkMother.aFramework;
import static io.aegis.application.framework.FrameworkMother.aGroup;
import static io.aegis.application.framework.FrameworkMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.ControlSortField;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.Baseline;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlDefinition;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the framework context's stores must do together (repositories and read models over the same rows). Adapters
 * extend this class and hand over stores on an empty database; the same tests then run on memory, SQLite and
 * MariaDB.
 */
public abstract class FrameworkStoresContract {

    public record Stores(FrameworkRepository frameworks, FrameworkReadModel frameworkList, ControlRepository controls,
                         ControlReadModel controlList, BaselineRepository baselines) {
    }

    /** Stores over one empty database. */
    protected abstract Stores emptyStores();

    private Stores stores;
    private FrameworkId rev5;

    @BeforeEach
    void start() {
        stores = emptyStores();
        rev5 = stores.frameworks().insert(aFramework("SP 800-53", "NIST")).id().orElseThrow();
    }

    /** AC (group) > AC-1, AC-2 > AC-2(1), given children first: the store finds each parent by its label. */
    private List<Control> insertSample() {
        ControlDefinition enhancement = new ControlDefinition(new ControlLabel("AC-2(1)"), new ControlLabel("AC-2"),
                false, "enhancement", "Automated Account Management", "The statement [Assignment: time]",
                "Guidance", "Objectives", true, List.of(new ControlLabel("AC-2"), new ControlLabel("AC-3")));
        return stores.controls().insertAll(List.of(at(rev5, enhancement, 3),
                at(rev5, aControl("AC-2", "AC", "Account Management"), 2),
                at(rev5, aGroup("AC", "Access Control"), 0),
                at(rev5, aControl("AC-1", "AC", "Policy and Procedures"), 1)));
    }

    @Test
    void a_framework_is_found_by_id_and_by_name_and_organisation() {
        Framework found = stores.frameworks().findById(rev5).orElseThrow();

        assertThat(found.details()).isEqualTo(aFramework("SP 800-53", "NIST").details());
        assertThat(found.version()).isEqualTo(T0);
        assertThat(stores.frameworks().findByName("SP 800-53", Optional.of("NIST"))).map(f -> f.id().orElseThrow())
                .contains(rev5);
        assertThat(stores.frameworks().findByName("SP 800-53", Optional.empty())).isEmpty();
        assertThat(stores.frameworks().findByName("SP 800-53", Optional.of("Other"))).isEmpty();
        FrameworkId anonymous = stores.frameworks().insert(aFramework("SP 800-53", null)).id().orElseThrow();
        assertThat(stores.frameworks().findByName("SP 800-53", Optional.empty())).map(f -> f.id().orElseThrow())
                .contains(anonymous);
    }

    @Test
    void a_name_and_publisher_hold_one_framework_compared_exactly() {
        stores.frameworks().insert(aFramework("SP 800-53", null));

        assertThatThrownBy(() -> stores.frameworks().insert(aFramework("SP 800-53", "NIST")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> stores.frameworks().insert(aFramework("SP 800-53", null)))
                .isInstanceOf(ConflictException.class);
        FrameworkId otherCase = stores.frameworks().insert(aFramework("sp 800-53", "NIST")).id().orElseThrow();
        assertThat(stores.frameworks().findByName("sp 800-53", Optional.of("NIST"))).map(f -> f.id().orElseThrow())
                .contains(otherCase);
        assertThat(stores.frameworks().findByName("SP 800-53", Optional.of("NIST"))).map(f -> f.id().orElseThrow())
                .contains(rev5);
    }

    @Test
    void a_framework_is_updated_only_from_its_stored_version() {
        Framework stored = stores.frameworks().findById(rev5).orElseThrow();
        Framework newer = stored.revise(new FrameworkDetails("SP 800-53", "2.0", null, "NIST", "catalog",
                LocalDate.of(2025, 1, 1)), T0.plusSeconds(5));

        assertThat(stores.frameworks().update(newer, stored.version())).isTrue();
        assertThat(stores.frameworks().update(newer, stored.version())).isFalse();
        assertThat(stores.frameworks().findById(rev5).orElseThrow().details().version()).isEqualTo("2.0");
    }

    @Test
    void controls_are_stored_with_their_parents_and_read_back_in_catalog_order() {
        List<Control> inserted = insertSample();

        assertThat(inserted).extracting(control -> control.label().value())
                .containsExactly("AC-2(1)", "AC-2", "AC", "AC-1");
        assertThat(inserted).allSatisfy(control -> assertThat(control.id()).isPresent());
        List<Control> stored = stores.controls().ofFramework(rev5);
        assertThat(stored).extracting(control -> control.label().value())
                .containsExactly("AC", "AC-1", "AC-2", "AC-2(1)");
        assertThat(stored.get(3).definition()).isEqualTo(inserted.get(0).definition());
        assertThat(stored.get(3).position()).isEqualTo(3);
        assertThat(stored.get(3).version()).isEqualTo(T0);

        ControlView enhancement = stores.controlList().find(inserted.get(0).id().orElseThrow()).orElseThrow();
        assertThat(enhancement.parentId()).isEqualTo(inserted.get(1).id().orElseThrow().value());
        assertThat(enhancement.parentControlId()).isEqualTo("AC-2");
        assertThat(enhancement.movedTo()).containsExactly("AC-2", "AC-3");
        assertThat(enhancement.active()).isFalse();
        assertThat(enhancement.group()).isFalse();
        assertThat(enhancement.frameworkId()).isEqualTo(rev5.value());
        assertThat(enhancement.assessmentProcedures()).isEqualTo("Objectives");
        ControlView group = stores.controlList().find(inserted.get(2).id().orElseThrow()).orElseThrow();
        assertThat(group.parentId()).isNull();
        assertThat(group.group()).isTrue();
        assertThat(group.movedTo()).isEmpty();
    }

    @Test
    void a_control_id_is_unique_within_its_framework_only() {
        insertSample();

        assertThatThrownBy(() -> stores.controls().insertAll(List.of(at(rev5, aControl("AC-1", null, "again"), 9))))
                .isInstanceOf(ConflictException.class);
        FrameworkId csf = stores.frameworks().insert(aFramework("CSF", "NIST")).id().orElseThrow();
        assertThat(stores.controls().insertAll(List.of(at(csf, aControl("AC-1", null, "elsewhere"), 0)))).hasSize(1);
    }

    @Test
    void changed_controls_are_written_from_their_stored_versions_and_may_move_under_new_ones() {
        insertSample();
        Control ac1 = stores.controls().ofFramework(rev5).get(1);
        Control added = stores.controls().insertAll(List.of(at(rev5, aGroup("PL", "Planning"), 4))).get(0);
        Control moved = ac1.revise(aControl("AC-1", "PL", "Moved"), 5, T0.plusSeconds(1));

        assertThat(stores.controls().updateAll(List.of(moved), List.of(ac1.version()))).isTrue();
        assertThat(stores.controls().updateAll(List.of(moved), List.of(ac1.version()))).isFalse();
        ControlView view = stores.controlList().find(ac1.id().orElseThrow()).orElseThrow();
        assertThat(view.parentId()).isEqualTo(added.id().orElseThrow().value());
        assertThat(view.title()).isEqualTo("Moved");
        assertThat(view.position()).isEqualTo(5);
        assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(stores.controls().updateAll(List.of(), List.of())).isTrue();
    }

    @Test
    void the_flat_list_searches_control_ids_and_titles_filters_and_pages() {
        insertSample();

        assertThat(labels(query(Optional.of("ac-2"), Optional.empty(), Optional.empty()))).containsExactly("AC-2",
                "AC-2(1)");
        assertThat(labels(query(Optional.of("POLICY"), Optional.empty(), Optional.empty()))).containsExactly("AC-1");
        assertThat(labels(query(Optional.of("%"), Optional.empty(), Optional.empty()))).isEmpty();
        assertThat(labels(query(Optional.empty(), Optional.of(true), Optional.empty()))).containsExactly("AC");
        assertThat(labels(query(Optional.empty(), Optional.of(false), Optional.of(true)))).containsExactly("AC-1",
                "AC-2");
        var paged = stores.controlList().list(new ListControlsQuery(rev5, Optional.empty(), Optional.of("CONTROL"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new SortOrder<>(ControlSortField.CONTROL_ID, true)), new PageRequest(1, 1)));
        assertThat(paged.total()).isEqualTo(2);
        assertThat(paged.items()).extracting(ControlView::controlId).containsExactly("AC-1");
        long ac = stores.controls().ofFramework(rev5).get(0).id().orElseThrow().value();
        assertThat(labels(new ListControlsQuery(rev5, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new ControlId(ac)), Optional.empty(), List.of(), PageRequest.first())))
                .containsExactly("AC-1", "AC-2");
        assertThat(stores.controlList().list(ListControlsQuery.of(rev5)).total()).isEqualTo(4);
    }

    @Test
    void the_outline_children_and_labels_keep_catalog_order() {
        List<Control> inserted = insertSample();

        assertThat(stores.controlList().outline(rev5)).extracting(ControlView::controlId)
                .containsExactly("AC", "AC-1", "AC-2", "AC-2(1)");
        assertThat(stores.controlList().children(inserted.get(2).id().orElseThrow()))
                .extracting(ControlView::controlId).containsExactly("AC-1", "AC-2");
        assertThat(stores.controlList().children(inserted.get(0).id().orElseThrow())).isEmpty();
        assertThat(stores.controlList().withLabels(rev5, List.of("AC-2(1)", "AC-1", "XX")))
                .extracting(ControlView::controlId).containsExactly("AC-1", "AC-2(1)");
        assertThat(stores.controlList().find(new ControlId(999_999))).isEmpty();
    }

    @Test
    void a_framework_view_counts_its_controls_and_groups() {
        insertSample();

        FrameworkView view = stores.frameworkList().find(rev5).orElseThrow();

        assertThat(view.controls()).isEqualTo(new FrameworkView.ControlCounts(3, 2, 1));
        assertThat(view.name()).isEqualTo("SP 800-53");
        assertThat(view.publicationDate()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(stores.frameworkList().find(new FrameworkId(999_999))).isEmpty();
    }

    @Test
    void frameworks_are_listed_by_text_type_and_organisation() {
        stores.frameworks().insert(aFramework("CSF 2.0", "NIST"));
        stores.frameworks().insert(aFramework("ASVS", "OWASP"));

        assertThat(names(new ListFrameworksQuery(Optional.empty(), Optional.empty(), Optional.empty(), false,
                List.of(), PageRequest.first()))).containsExactly("ASVS", "CSF 2.0", "SP 800-53");
        assertThat(names(new ListFrameworksQuery(Optional.of("about csf"), Optional.empty(), Optional.empty(), false,
                List.of(), PageRequest.first()))).containsExactly("CSF 2.0");
        assertThat(names(new ListFrameworksQuery(Optional.empty(), Optional.of("CATALOG"), Optional.of("nist"),
                false, List.of(), PageRequest.first()))).containsExactly("CSF 2.0", "SP 800-53");
        var page = stores.frameworkList().list(new ListFrameworksQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of(), new PageRequest(1, 2)));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(FrameworkView::name).containsExactly("SP 800-53");
        assertThat(page.items().get(0).controls()).isEqualTo(new FrameworkView.ControlCounts(0, 0, 0));
    }

    @Test
    void a_baseline_keeps_its_selection_and_an_update_replaces_it() {
        List<Control> inserted = insertSample();
        ControlId ac1 = inserted.get(3).id().orElseThrow();
        ControlId ac2 = inserted.get(1).id().orElseThrow();
        Baseline low = stores.baselines().insert(Baseline.select(rev5, "LOW", "1.0", List.of(ac2, ac1), T0));
        BaselineId id = low.id().orElseThrow();

        Baseline found = stores.baselines().findByName(rev5, "LOW").orElseThrow();
        assertThat(found.controls()).containsExactly(ac2, ac1);
        assertThat(found.profileVersion()).contains("1.0");
        assertThat(labels(new ListControlsQuery(rev5, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(id), List.of(), PageRequest.first())))
                .containsExactly("AC-1", "AC-2");
        assertThat(stores.baselines().findByName(rev5, "HIGH")).isEmpty();

        Baseline again = found.reselect("2.0", List.of(ac1), T0.plusSeconds(3));
        assertThat(stores.baselines().update(again, found.version())).isTrue();
        assertThat(stores.baselines().update(again, found.version())).isFalse();
        assertThat(stores.baselines().findByName(rev5, "LOW").orElseThrow().controls()).containsExactly(ac1);
        assertThat(stores.frameworkList().baselines(rev5)).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(id.value());
            assertThat(view.name()).isEqualTo("LOW");
            assertThat(view.version()).isEqualTo("2.0");
            assertThat(view.controlCount()).isEqualTo(1);
            assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(3));
        });
    }

    private ListControlsQuery query(Optional<String> text, Optional<Boolean> group, Optional<Boolean> active) {
        return new ListControlsQuery(rev5, text, Optional.empty(), group, active, Optional.empty(), Optional.empty(),
                List.of(), PageRequest.first());
    }

    private List<String> labels(ListControlsQuery query) {
        return stores.controlList().list(query).items().stream().map(ControlView::controlId).toList();
    }

    private List<String> names(ListFrameworksQuery query) {
        return stores.frameworkList().list(query).items().stream().map(FrameworkView::name).toList();
    }
}
