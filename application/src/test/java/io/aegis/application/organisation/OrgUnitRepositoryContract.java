package io.aegis.application.organisation;

import static io.aegis.application.organisation.OrgUnitMother.T0;
import static io.aegis.application.organisation.OrgUnitMother.aBareUnit;
import static io.aegis.application.organisation.OrgUnitMother.aUnit;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrgUnitRepository} must do. Adapters extend this class and hand over a repository on a store
 * holding only the root unit (id 1), as migrations leave it; the same tests then run against memory, SQLite and
 * MariaDB.
 */
public abstract class OrgUnitRepositoryContract {

    protected static final OrgUnitId ROOT = new OrgUnitId(1);

    private OrgUnitRepository repository;

    /** An adapter on a store holding the root unit alone. */
    protected abstract OrgUnitRepository repositoryWithTheRootAlone();

    @BeforeEach
    void startWithTheRoot() {
        repository = repositoryWithTheRootAlone();
    }

    @Test
    void the_root_is_there_from_the_start_with_no_parent() {
        OrgUnit root = repository.findById(ROOT).orElseThrow();

        assertThat(root.name().value()).isEqualTo("Organisation");
        assertThat(root.isRoot()).isTrue();
        assertThat(root.active()).isTrue();
        assertThat(repository.parentLinks()).isEqualTo(Map.of(ROOT, Optional.empty()));
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        OrgUnit stored = repository.insert(aUnit("Europe", ROOT));

        OrgUnit found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id()).isNotEqualTo(Optional.of(ROOT));
        assertThat(found.name()).isEqualTo(new OrgUnitName("Europe"));
        assertThat(found.parent()).contains(ROOT);
        assertThat(found.description()).contains(new Description("about Europe"));
        assertThat(found.active()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void the_parent_links_hold_every_unit_active_or_not() {
        OrgUnit europe = repository.insert(aUnit("Europe", ROOT));
        OrgUnitId europeId = europe.id().orElseThrow();
        OrgUnit france = repository.insert(aBareUnit("France", europeId, T0));
        repository.update(france.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(1)), france.version());

        assertThat(repository.parentLinks()).isEqualTo(Map.of(ROOT, Optional.empty(), europeId, Optional.of(ROOT),
                france.id().orElseThrow(), Optional.of(europeId)));
        assertThat(repository.lockedParentLinks()).isEqualTo(repository.parentLinks());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(repository.findById(new OrgUnitId(987_654))).isEmpty();
    }

    @Test
    void names_are_taken_ignoring_case_among_the_units_of_one_parent_only() {
        OrgUnitId europe = repository.insert(aUnit("Europe", ROOT)).id().orElseThrow();
        OrgUnit finance = repository.insert(aUnit("Finance", europe));

        assertThat(repository.nameTaken(new OrgUnitName("FINANCE"), europe, Optional.empty())).isTrue();
        assertThat(repository.nameTaken(new OrgUnitName("finance"), europe, finance.id())).isFalse();
        assertThat(repository.nameTaken(new OrgUnitName("Finance"), ROOT, Optional.empty())).isFalse();
        assertThat(repository.nameTaken(new OrgUnitName("Europe"), ROOT, Optional.empty())).isTrue();
    }

    @Test
    void an_inactive_unit_still_holds_its_name() {
        OrgUnit stored = repository.insert(aUnit("Legacy", ROOT));
        repository.update(stored.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(5)), stored.version());

        assertThat(repository.nameTaken(new OrgUnitName("legacy"), ROOT, Optional.empty())).isTrue();
    }

    @Test
    void only_active_units_directly_under_a_parent_are_counted() {
        OrgUnitId europe = repository.insert(aUnit("Europe", ROOT)).id().orElseThrow();
        OrgUnitId france = repository.insert(aUnit("France", europe)).id().orElseThrow();
        repository.insert(aUnit("Paris", france));
        OrgUnit spain = repository.insert(aUnit("Spain", europe));
        repository.update(spain.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(1)), spain.version());

        assertThat(repository.contentsOf(europe).units()).isEqualTo(1);
        assertThat(repository.contentsOf(ROOT).units()).isEqualTo(1);
        assertThat(repository.contentsOf(spain.id().orElseThrow())).isEqualTo(OrgUnitContents.EMPTY);
    }

    @Test
    void update_with_the_current_version_stores_the_change_and_the_move() {
        OrgUnitId europe = repository.insert(aUnit("Europe", ROOT)).id().orElseThrow();
        OrgUnit stored = repository.insert(aUnit("Sales", ROOT));
        OrgUnit changed = stored.revise(new OrgUnitName("Sales Europe"), Optional.empty(), Optional.of(europe),
                T0.plusSeconds(60));

        assertThat(repository.update(changed, stored.version())).isTrue();

        OrgUnit found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Sales Europe");
        assertThat(found.description()).isEmpty();
        assertThat(found.parent()).contains(europe);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0.plusSeconds(60));
        assertThat(repository.parentLinks()).containsEntry(stored.id().orElseThrow(), Optional.of(europe));
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        OrgUnit stored = repository.insert(aUnit("Ops", ROOT));
        OrgUnit first = stored.revise(new OrgUnitName("Ops 1"), Optional.empty(), Optional.of(ROOT),
                T0.plusSeconds(1));
        OrgUnit second = stored.revise(new OrgUnitName("Ops 2"), Optional.empty(), Optional.of(ROOT),
                T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value()).isEqualTo("Ops 1");
    }

    @Test
    void text_outside_ascii_survives_the_round_trip() {
        OrgUnit stored = repository.insert(aBareUnit("Überwachung 監視 🛡", ROOT, T0));

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value())
                .isEqualTo("Überwachung 監視 🛡");
    }
}
