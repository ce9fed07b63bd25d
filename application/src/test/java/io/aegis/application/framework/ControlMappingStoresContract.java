package io.aegis.application.framework;

import static io.aegis.application.framework.FrameworkMother.aControl;
import static io.aegis.application.framework.FrameworkMother.aFramework;
import static io.aegis.application.framework.FrameworkMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.ControlMappingSortField;
import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the control mappings' stores must do (repository and read model over the same rows, with the controls and
 * frameworks they join). Adapters extend this class and hand over stores on an empty database; the same tests then
 * run on memory, SQLite and MariaDB.
 */
public abstract class ControlMappingStoresContract {

    private static final Instant T1 = Instant.parse("2026-12-06T09:00:00.250Z");

    public record Stores(FrameworkRepository frameworks, ControlRepository controls,
                         ControlMappingRepository mappings, ControlMappingReadModel mappingList) {
    }

    /** Stores over one empty database. */
    protected abstract Stores emptyStores();

    private Stores stores;
    private FrameworkId csf;
    private FrameworkId sp;
    private ControlId gvOc01;
    private ControlId pm11;
    private ControlId ac3;

    @BeforeEach
    void start() {
        stores = emptyStores();
        csf = stores.frameworks().insert(aFramework("CSF 2.0", "NIST")).id().orElseThrow();
        sp = stores.frameworks().insert(aFramework("SP 800-53", "NIST")).id().orElseThrow();
        gvOc01 = insert(csf, "GV.OC-01");
        pm11 = insert(sp, "PM-11");
        ac3 = insert(sp, "AC-3");
    }

    private ControlId insert(FrameworkId framework, String label) {
        List<Control> stored = stores.controls().insertAll(List.of(at(framework, aControl(label, null, label), 0)));
        return stored.get(0).id().orElseThrow();
    }

    private ControlMapping store(ControlId source, ControlId target, MappingTerms terms) {
        return stores.mappings().insert(ControlMapping.record(source, target, terms, Optional.empty(),
                FrameworkMother.T0));
    }

    private static final MappingTerms EVERYTHING = new MappingTerms(MappingRelationship.SUBSET_OF,
            Optional.of(new MappingRationale("800-53 asks for more")), Optional.of(MappingConfidence.HIGH),
            Optional.of(new MappingStrength(7)));

    @Test
    void a_mapping_is_stored_with_every_term_and_found_by_id_and_by_its_pair_either_way() {
        ControlMapping stored = store(gvOc01, pm11, EVERYTHING);

        ControlMapping found = stores.mappings().findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.source()).isEqualTo(gvOc01);
        assertThat(found.target()).isEqualTo(pm11);
        assertThat(found.terms()).isEqualTo(EVERYTHING);
        assertThat(found.version()).isEqualTo(FrameworkMother.T0);
        assertThat(stores.mappings().findPair(pm11, gvOc01)).map(m -> m.id().orElseThrow())
                .contains(stored.id().orElseThrow());
        assertThat(stores.mappings().findPair(gvOc01, ac3)).isEmpty();
    }

    @Test
    void the_same_pair_in_the_same_direction_is_refused_by_the_store() {
        store(gvOc01, pm11, EVERYTHING);

        assertThatThrownBy(() -> store(gvOc01, pm11, MappingTerms.of(MappingRelationship.EQUAL)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_update_is_written_only_at_the_expected_version_and_a_delete_only_once() {
        ControlMapping stored = store(gvOc01, pm11, EVERYTHING);
        ControlMapping revised = stored.revise(MappingTerms.of(MappingRelationship.EQUAL), T1);

        assertThat(stores.mappings().update(revised, T1)).isFalse();
        assertThat(stores.mappings().update(revised, stored.version())).isTrue();
        ControlMapping found = stores.mappings().findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.terms()).isEqualTo(MappingTerms.of(MappingRelationship.EQUAL));
        assertThat(found.version()).isEqualTo(T1);
        assertThat(stores.mappings().updateAll(List.of(found.revise(EVERYTHING, T1.plusSeconds(1))),
                List.of(FrameworkMother.T0))).isFalse();

        assertThat(stores.mappings().delete(stored.id().orElseThrow())).isTrue();
        assertThat(stores.mappings().delete(stored.id().orElseThrow())).isFalse();
        assertThat(stores.mappings().findById(stored.id().orElseThrow())).isEmpty();
    }

    @Test
    void mappings_touching_controls_are_found_from_either_end_once_each() {
        stores.mappings().insertAll(List.of(
                ControlMapping.record(gvOc01, pm11, EVERYTHING, Optional.empty(), FrameworkMother.T0),
                ControlMapping.record(ac3, gvOc01, MappingTerms.of(MappingRelationship.RELATED), Optional.empty(),
                        FrameworkMother.T0),
                ControlMapping.record(pm11, ac3, MappingTerms.of(MappingRelationship.INTERSECTS_WITH),
                        Optional.empty(), FrameworkMother.T0)));

        assertThat(stores.mappings().touching(List.of(gvOc01))).extracting(ControlMapping::target)
                .containsExactlyInAnyOrder(pm11, gvOc01);
        assertThat(stores.mappings().touching(List.of(gvOc01, pm11, ac3))).hasSize(3);
        List<MappingLink> links = stores.mappingList().linksTouching(Set.of(pm11, ac3));
        assertThat(links).hasSize(3);
        assertThat(links).filteredOn(link -> link.source().equals(gvOc01)).singleElement().satisfies(link -> {
            assertThat(link.relationship()).isEqualTo(MappingRelationship.SUBSET_OF);
            assertThat(link.confidence()).contains(MappingConfidence.HIGH);
            assertThat(link.strength()).contains(new MappingStrength(7));
        });
    }

    @Test
    void the_read_model_names_both_controls_and_their_frameworks_and_filters_the_list() {
        ControlMapping first = store(gvOc01, pm11, EVERYTHING);
        ControlMapping second = store(ac3, gvOc01, MappingTerms.of(MappingRelationship.RELATED));

        ControlMappingView view = stores.mappingList().find(first.id().orElseThrow()).orElseThrow();

        assertThat(view.mappingType()).isEqualTo("subset_of");
        assertThat(view.mappingRationale()).isEqualTo("800-53 asks for more");
        assertThat(view.confidenceLevel()).isEqualTo("high");
        assertThat(view.strength()).isEqualTo(7);
        assertThat(view.source()).isEqualTo(new MappedControl(gvOc01.value(), "GV.OC-01", "GV.OC-01", csf.value(),
                "CSF 2.0"));
        assertThat(view.target().frameworkName()).isEqualTo("SP 800-53");
        assertThat(ids(new ListControlMappingsQuery(Optional.of(csf), Optional.empty(), Optional.empty(), Set.of(),
                List.of(), PageRequest.first()))).containsExactly(first.id().orElseThrow().value());
        assertThat(ids(new ListControlMappingsQuery(Optional.empty(), Optional.empty(), Optional.of(gvOc01),
                Set.of(), List.of(new SortOrder<>(ControlMappingSortField.ID, true)), PageRequest.first())))
                .containsExactly(second.id().orElseThrow().value(), first.id().orElseThrow().value());
        assertThat(ids(new ListControlMappingsQuery(Optional.empty(), Optional.of(csf), Optional.empty(),
                Set.of(MappingRelationship.RELATED, MappingRelationship.EQUAL), List.of(), PageRequest.first())))
                .containsExactly(second.id().orElseThrow().value());
        assertThat(stores.mappingList().list(new ListControlMappingsQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), List.of(), new PageRequest(1, 1))).total()).isEqualTo(2);
        assertThat(stores.mappingList().controls(List.of(pm11, new ControlId(999_999))))
                .extracting(MappedControl::controlId).containsExactly("PM-11");
        assertThat(stores.mappingList().find(new ControlMappingId(999_999))).isEmpty();
    }

    private List<Long> ids(ListControlMappingsQuery query) {
        return stores.mappingList().list(query).items().stream().map(ControlMappingView::id).toList();
    }
}
