package io.aegis.application.testing;

import io.aegis.application.framework.port.in.ControlMappingSortField;
import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Control mappings in memory, over the controls and frameworks of an {@link InMemoryFrameworks} (whose names the
 * read model joins, as SQL does). Counts the walk's reads, so that a test sees one read per step.
 */
public final class InMemoryControlMappings implements ControlMappingRepository, ControlMappingReadModel {

    private final VersionedRows<ControlMapping> mappings = new VersionedRows<>();
    private final InMemoryFrameworks frameworks;
    private final List<Set<ControlId>> walkReads = new ArrayList<>();

    public InMemoryControlMappings(InMemoryFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The control ids of every {@link #linksTouching} read, in order. */
    public synchronized List<Set<ControlId>> walkReads() {
        return List.copyOf(walkReads);
    }

    @Override
    public synchronized Optional<ControlMapping> findById(ControlMappingId id) {
        return mappings.find(id.value());
    }

    @Override
    public synchronized Optional<ControlMapping> findPair(ControlId a, ControlId b) {
        return mappings.all().stream().filter(mapping -> mapping.joins(a, b)).findFirst();
    }

    @Override
    public synchronized List<ControlMapping> touching(Collection<ControlId> controls) {
        return mappings.all().stream()
                .filter(mapping -> controls.contains(mapping.source()) || controls.contains(mapping.target()))
                .toList();
    }

    @Override
    public synchronized ControlMapping insert(ControlMapping mapping) {
        // the unique index on (source, target)
        if (mappings.all().stream().anyMatch(stored -> stored.source().equals(mapping.source())
                && stored.target().equals(mapping.target()))) {
            throw new ConflictException("duplicate_value", "the pair is mapped already");
        }
        return mappings.insert(id -> mapping.identifiedAs(new ControlMappingId(id)));
    }

    @Override
    public synchronized void insertAll(List<ControlMapping> added) {
        added.forEach(this::insert);
    }

    @Override
    public synchronized boolean update(ControlMapping mapping, Instant expectedVersion) {
        return mappings.update(mapping.id().orElseThrow().value(), mapping, expectedVersion);
    }

    @Override
    public synchronized boolean updateAll(List<ControlMapping> changed, List<Instant> expectedVersions) {
        boolean all = true;
        for (int i = 0; i < changed.size(); i++) {
            all &= update(changed.get(i), expectedVersions.get(i));
        }
        return all;
    }

    @Override
    public synchronized boolean delete(ControlMappingId id) {
        return mappings.remove(id.value());
    }

    @Override
    public synchronized Page<ControlMappingView> list(ListControlMappingsQuery query) {
        List<ControlMappingView> matching = mappings.all().stream().map(this::view)
                .filter(view -> query.sourceFramework().map(id -> id.value() == view.source().frameworkId())
                        .orElse(true))
                .filter(view -> query.targetFramework().map(id -> id.value() == view.target().frameworkId())
                        .orElse(true))
                .filter(view -> query.control().map(id -> id.value() == view.sourceControlId()
                        || id.value() == view.targetControlId()).orElse(true))
                .filter(view -> query.types().isEmpty() || query.types().stream()
                        .anyMatch(type -> type.key().equals(view.mappingType())))
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matching, query.page());
    }

    @Override
    public synchronized Optional<ControlMappingView> find(ControlMappingId id) {
        return mappings.find(id.value()).map(this::view);
    }

    @Override
    public synchronized List<MappingLink> linksTouching(Collection<ControlId> controls) {
        walkReads.add(new HashSet<>(controls));
        return touching(controls).stream().map(ControlMapping::link).toList();
    }

    @Override
    public synchronized List<MappedControl> controls(Collection<ControlId> controls) {
        return controls.stream().distinct().map(frameworks::find).flatMap(Optional::stream).map(this::mapped)
                .toList();
    }

    private ControlMappingView view(ControlMapping mapping) {
        ControlMappingView stored = ControlMappingView.of(mapping);
        return new ControlMappingView(stored.id(), stored.sourceControlId(), stored.targetControlId(),
                stored.mappingType(), stored.mappingRationale(), stored.confidenceLevel(), stored.strength(),
                stored.createdBy(), stored.createdAt(), stored.updatedAt(),
                frameworks.find(mapping.source()).map(this::mapped).orElseThrow(),
                frameworks.find(mapping.target()).map(this::mapped).orElseThrow());
    }

    private MappedControl mapped(ControlView control) {
        String framework = frameworks.find(new FrameworkId(control.frameworkId())).map(FrameworkView::name)
                .orElseThrow();
        return new MappedControl(control.id(), control.controlId(), control.title(), control.frameworkId(), framework);
    }

    private static Comparator<ControlMappingView> order(List<SortOrder<ControlMappingSortField>> sort) {
        Comparator<ControlMappingView> order = (a, b) -> 0;
        for (SortOrder<ControlMappingSortField> criterion : sort) {
            Comparator<ControlMappingView> field = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(ControlMappingView::id);
                case CREATED_AT -> Comparator.comparing(ControlMappingView::createdAt);
                case UPDATED_AT -> Comparator.comparing(ControlMappingView::updatedAt);
                case MAPPING_TYPE -> Comparator.comparing(ControlMappingView::mappingType);
            };
            order = order.thenComparing(criterion.descending() ? field.reversed() : field);
        }
        return order.thenComparingLong(ControlMappingView::id);
    }
}
