package io.aegis.application.testing;

import io.aegis.application.framework.port.in.BaselineView;
import io.aegis.application.framework.port.in.ControlSortField;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.FrameworkSortField;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.Baseline;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every framework out-port over maps, for use-case tests and as the contracts' reference. */
public final class InMemoryFrameworks implements FrameworkRepository, FrameworkReadModel, ControlRepository,
        ControlReadModel, BaselineRepository {

    private final VersionedRows<Framework> frameworks = new VersionedRows<>();
    private final VersionedRows<Control> controls = new VersionedRows<>();
    private final VersionedRows<Baseline> baselines = new VersionedRows<>();

    @Override
    public synchronized Optional<Framework> findById(FrameworkId id) {
        return frameworks.find(id.value());
    }

    @Override
    public synchronized Optional<Framework> findByName(String name, Optional<String> organization) {
        return frameworks.all().stream().filter(framework -> framework.details().name().equals(name)
                && Objects.equals(framework.details().organization(), organization.orElse(null))).findFirst();
    }

    @Override
    public synchronized Framework insert(Framework framework) {
        FrameworkDetails details = framework.details();
        if (findByName(details.name(), Optional.ofNullable(details.organization())).isPresent()) {
            throw new ConflictException("duplicate_value", "framework " + details.name() + " is stored already");
        }
        return frameworks.insert(id -> framework.identifiedAs(new FrameworkId(id)));
    }

    @Override
    public synchronized boolean update(Framework framework, Instant expectedVersion) {
        return frameworks.update(framework.id().orElseThrow().value(), framework, expectedVersion);
    }

    @Override
    public synchronized Page<FrameworkView> list(ListFrameworksQuery query) {
        Predicate<Framework> active = framework -> query.includeInactive() || framework.active();
        Predicate<Framework> text = framework -> query.text().map(t -> contains(framework.details().name(), t)
                || contains(framework.details().description(), t)).orElse(true);
        Predicate<Framework> type = framework -> query.frameworkType()
                .map(t -> t.equalsIgnoreCase(framework.details().frameworkType())).orElse(true);
        Predicate<Framework> organization = framework -> query.organization()
                .map(o -> o.equalsIgnoreCase(framework.details().organization())).orElse(true);
        List<FrameworkView> matches = frameworks.all().stream().filter(active.and(text).and(type).and(organization))
                .map(this::view).sorted(frameworkOrder(query.sort())).toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized Optional<FrameworkView> find(FrameworkId id) {
        return frameworks.find(id.value()).map(this::view);
    }

    @Override
    public synchronized List<BaselineView> baselines(FrameworkId framework) {
        return baselines.all().stream().filter(baseline -> baseline.framework().equals(framework))
                .sorted(Comparator.comparing(Baseline::name))
                .map(baseline -> new BaselineView(baseline.id().orElseThrow().value(), framework.value(),
                        baseline.name(), baseline.profileVersion().orElse(null), baseline.controls().size(),
                        baseline.createdAt(), baseline.updatedAt())).toList();
    }

    @Override
    public synchronized List<Control> ofFramework(FrameworkId framework) {
        return inFramework(framework).toList();
    }

    @Override
    public synchronized List<Control> insertAll(List<Control> added) {
        for (Control control : added) {
            if (labelled(control.framework(), control.label()).isPresent()) {
                throw new ConflictException("duplicate_value", "control id " + control.label() + " is taken");
            }
        }
        return added.stream().map(control -> controls.insert(id -> control.identifiedAs(new ControlId(id)))).toList();
    }

    @Override
    public synchronized boolean updateAll(List<Control> changed, List<Instant> expectedVersions) {
        boolean all = true;
        for (int i = 0; i < changed.size(); i++) {
            all &= controls.update(changed.get(i).id().orElseThrow().value(), changed.get(i), expectedVersions.get(i));
        }
        return all;
    }

    @Override
    public synchronized Page<ControlView> list(ListControlsQuery query) {
        Predicate<ControlView> text = control -> query.text().map(t -> contains(control.controlId(), t)
                || contains(control.title(), t)).orElse(true);
        Predicate<ControlView> type = control -> query.controlType()
                .map(t -> t.equalsIgnoreCase(control.controlType())).orElse(true);
        Predicate<ControlView> group = control -> query.group().map(g -> g == control.group()).orElse(true);
        Predicate<ControlView> active = control -> query.active().map(a -> a == control.active()).orElse(true);
        Predicate<ControlView> parent = control -> query.parent()
                .map(p -> Objects.equals(p.value(), control.parentId())).orElse(true);
        Predicate<ControlView> baseline = control -> query.baseline().map(b -> baselines.find(b.value())
                .filter(found -> found.framework().equals(query.framework()))
                .map(found -> found.controls().contains(new ControlId(control.id()))).orElse(false)).orElse(true);
        List<ControlView> matches = outline(query.framework()).stream()
                .filter(text.and(type).and(group).and(active).and(parent).and(baseline))
                .sorted(controlOrder(query.sort())).toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized List<ControlView> outline(FrameworkId framework) {
        return inFramework(framework).map(this::view).toList();
    }

    @Override
    public synchronized Optional<ControlView> find(ControlId id) {
        return controls.find(id.value()).map(this::view);
    }

    @Override
    public synchronized List<ControlView> children(ControlId parent) {
        return controls.find(parent.value()).map(found -> inFramework(found.framework())
                .filter(control -> found.label().equals(control.definition().parent())).map(this::view).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized List<ControlView> withLabels(FrameworkId framework, Collection<String> controlIds) {
        return inFramework(framework).filter(control -> controlIds.contains(control.label().value()))
                .map(this::view).toList();
    }

    @Override
    public synchronized Optional<Baseline> findByName(FrameworkId framework, String name) {
        return baselines.all().stream().filter(baseline -> baseline.framework().equals(framework)
                && baseline.name().equals(name)).findFirst();
    }

    @Override
    public synchronized Baseline insert(Baseline baseline) {
        return baselines.insert(id -> baseline.identifiedAs(new BaselineId(id)));
    }

    @Override
    public synchronized boolean update(Baseline baseline, Instant expectedVersion) {
        return baselines.update(baseline.id().orElseThrow().value(), baseline, expectedVersion);
    }

    private Stream<Control> inFramework(FrameworkId framework) {
        return controls.all().stream().filter(control -> control.framework().equals(framework))
                .sorted(Comparator.comparingInt(Control::position).thenComparing(control -> control.id().orElseThrow()
                        .value()));
    }

    private Optional<Control> labelled(FrameworkId framework, ControlLabel label) {
        return inFramework(framework).filter(control -> control.label().equals(label)).findFirst();
    }

    private FrameworkView view(Framework framework) {
        List<Control> all = inFramework(framework.id().orElseThrow()).toList();
        long groups = all.stream().filter(control -> control.definition().group()).count();
        long active = all.stream().filter(control -> !control.definition().group() && control.definition().active())
                .count();
        return FrameworkView.of(framework, new FrameworkView.ControlCounts(all.size() - groups, active, groups));
    }

    private ControlView view(Control control) {
        var definition = control.definition();
        Optional<Control> parent = definition.parentLabel().flatMap(label -> labelled(control.framework(), label));
        return new ControlView(control.id().orElseThrow().value(), control.framework().value(),
                definition.label().value(), parent.map(p -> p.id().orElseThrow().value()).orElse(null),
                definition.parentLabel().map(ControlLabel::value).orElse(null), definition.title(),
                definition.description(), definition.controlType(), definition.implementationGuidance(),
                definition.assessmentProcedures(), definition.group(), definition.active(),
                definition.movedTo().stream().map(ControlLabel::value).toList(), control.position(),
                control.createdAt(), control.updatedAt());
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<FrameworkView> frameworkOrder(List<SortOrder<FrameworkSortField>> sort) {
        Comparator<FrameworkView> order = (a, b) -> 0;
        for (SortOrder<FrameworkSortField> criterion : sort) {
            Comparator<FrameworkView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(FrameworkView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case VERSION -> Comparator.comparing(FrameworkView::version,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                case PUBLICATION_DATE -> Comparator.comparing(FrameworkView::publicationDate,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                case CREATED_AT -> Comparator.comparing(FrameworkView::createdAt);
                case UPDATED_AT -> Comparator.comparing(FrameworkView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<FrameworkView> byId = Comparator.comparingLong(FrameworkView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }

    private static Comparator<ControlView> controlOrder(List<SortOrder<ControlSortField>> sort) {
        Comparator<ControlView> order = (a, b) -> 0;
        for (SortOrder<ControlSortField> criterion : sort) {
            Comparator<ControlView> one = switch (criterion.field()) {
                case POSITION -> Comparator.comparingInt(ControlView::position);
                case ID -> Comparator.comparingLong(ControlView::id);
                case CONTROL_ID -> Comparator.comparing(ControlView::controlId);
                case TITLE -> Comparator.comparing(v -> v.title().toLowerCase(Locale.ROOT));
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<ControlView> byId = Comparator.comparingLong(ControlView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
