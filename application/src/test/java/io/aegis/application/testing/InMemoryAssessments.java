package io.aegis.application.testing;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Page;
import io.aegis.domain.assessment.AiSummary;
import io.aegis.domain.assessment.AssessedControl;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.EvaluationTally;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.Revision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The assessment context's outbound ports over maps, with a catalog of controls the test declares: for the services'
 * tests, where no database is needed. Only what the services ask of storage is modelled.
 */
public final class InMemoryAssessments implements AssessmentRepository, AssessedControlRepository,
        AssessmentReferences, AssessmentReadModel {

    /** A control of a framework's catalog, in catalog order. */
    public record CatalogControl(long id, long framework, String label, Long parent, boolean group, boolean active,
                                 Set<Long> baselines) {
    }

    private final List<CatalogControl> catalog = new ArrayList<>();
    private final Set<Long> activeUsers = new HashSet<>(Set.of(1L));
    private final Set<Long> activeAssets = new HashSet<>();
    private final Map<Long, Assessment> assessments = new HashMap<>();
    private final Map<Long, Map<Long, AssessedControl>> controls = new HashMap<>();
    private long nextId = 1;

    public InMemoryAssessments withControl(CatalogControl control) {
        catalog.add(control);
        return this;
    }

    public InMemoryAssessments withAsset(long asset) {
        activeAssets.add(asset);
        return this;
    }

    @Override
    public synchronized Optional<Assessment> findById(AssessmentId id) {
        return Optional.ofNullable(assessments.get(id.value()));
    }

    @Override
    public synchronized AssessmentId create(Assessment assessment) {
        AssessmentId id = new AssessmentId(nextId++);
        assessments.put(id.value(), assessment.identifiedAs(id));
        controls.put(id.value(), new LinkedHashMap<>());
        return id;
    }

    @Override
    public synchronized int addControls(AssessmentId assessment, FrameworkId framework,
                                        Optional<BaselineId> baseline, Instant now) {
        Map<Long, AssessedControl> rows = controls.get(assessment.value());
        catalog.stream().filter(control -> control.framework() == framework.value() && !control.group()
                        && control.active())
                .filter(control -> baseline.map(b -> control.baselines().contains(b.value())).orElse(true))
                .forEach(control -> rows.put(control.id(), new AssessedControl(assessment, new ControlId(control.id()),
                        ControlEvaluation.notAssessed(), AiSummary.none(), Revision.first(now))));
        return rows.size();
    }

    @Override
    public synchronized boolean update(Assessment changed, Instant expectedVersion) {
        long id = changed.id().orElseThrow().value();
        if (!assessments.get(id).version().equals(expectedVersion)) {
            return false;
        }
        assessments.put(id, changed);
        return true;
    }

    @Override
    public synchronized Optional<AssessedControl> find(AssessmentId assessment, ControlId control) {
        return Optional.ofNullable(controls.getOrDefault(assessment.value(), Map.of()).get(control.value()));
    }

    @Override
    public synchronized boolean update(AssessedControl changed, Instant expectedVersion) {
        Map<Long, AssessedControl> rows = controls.get(changed.assessment().value());
        if (!rows.get(changed.control().value()).version().equals(expectedVersion)) {
            return false;
        }
        rows.put(changed.control().value(), changed);
        return true;
    }

    @Override
    public synchronized List<EvaluationTally> tallies(AssessmentId assessment) {
        return controls.get(assessment.value()).values().stream()
                .map(row -> new EvaluationTally(row.evaluation().status(), row.evaluation().rating(), 1)).toList();
    }

    @Override
    public boolean activeFramework(FrameworkId framework) {
        return catalog.stream().anyMatch(control -> control.framework() == framework.value());
    }

    @Override
    public Optional<FrameworkId> frameworkOfBaseline(BaselineId baseline) {
        return catalog.stream().filter(control -> control.baselines().contains(baseline.value())).findFirst()
                .map(control -> new FrameworkId(control.framework()));
    }

    @Override
    public boolean activeAsset(AssetId asset, Scope visible) {
        // the fake's assets belong to no unit: whoever reads assets somewhere sees them all
        return activeAssets.contains(asset.value()) && !visible.isEmpty();
    }

    @Override
    public boolean activeUser(UserId user) {
        return activeUsers.contains(user.value());
    }

    @Override
    public synchronized Page<AssessmentView> list(ListAssessmentsQuery query) {
        List<AssessmentView> matches = assessments.values().stream()
                .filter(a -> query.status().map(status -> a.status() == status).orElse(true))
                .filter(a -> query.framework().map(f -> a.framework().equals(Optional.of(f))).orElse(true))
                .filter(a -> query.asset().map(asset -> a.asset().equals(Optional.of(asset))).orElse(true))
                .map(this::view).sorted(Comparator.comparing(AssessmentView::id)).toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized Optional<AssessmentView> find(AssessmentId id) {
        return findById(id).map(this::view);
    }

    @Override
    public synchronized Page<EvaluationView> evaluations(ListEvaluationsQuery query) {
        Predicate<CatalogControl> beneath = control -> query.family()
                .map(family -> ancestors(control).contains(family.value())).orElse(true);
        List<EvaluationView> matches = catalog.stream()
                .filter(control -> controls.get(query.assessment().value()).containsKey(control.id()))
                .filter(beneath)
                .filter(control -> query.parent().map(p -> Objects.equals(control.parent(), p.value())).orElse(true))
                .map(control -> evaluationView(controls.get(query.assessment().value()).get(control.id())))
                .filter(view -> query.status().map(s -> s.key().equals(view.implementationStatus())).orElse(true))
                .toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized Optional<EvaluationView> evaluation(AssessmentId assessment, ControlId control) {
        return find(assessment, control).map(this::evaluationView);
    }

    /** The control itself and every control above it. */
    private Set<Long> ancestors(CatalogControl control) {
        Set<Long> ids = new HashSet<>();
        for (Long id = control.id(); id != null; id = byId(id).parent()) {
            ids.add(id);
        }
        return ids;
    }

    private CatalogControl byId(long id) {
        return catalog.stream().filter(control -> control.id() == id).findFirst().orElseThrow();
    }

    private AssessmentView view(Assessment a) {
        Map<Long, AssessedControl> rows = controls.get(a.id().orElseThrow().value());
        long assessed = rows.values().stream().filter(row -> row.evaluation().status().assessed()).count();
        return new AssessmentView(a.id().orElseThrow().value(), a.name().value(), a.details().description(),
                a.details().assessmentType(), a.framework().map(FrameworkId::value).orElse(null),
                a.baseline().map(BaselineId::value).orElse(null), a.asset().map(AssetId::value).orElse(null),
                a.details().scope(), a.details().methodology(), a.status().key(), a.details().startDate(),
                a.details().endDate(), a.details().dueDate(),
                a.details().internalAssessor().map(UserId::value).orElse(null), a.details().assessorExternal(),
                a.outcome().map(o -> o.overallScore().doubleValue()).orElse(null),
                a.outcome().map(o -> o.riskRating().key()).orElse(null), a.details().executiveSummary(),
                a.details().recommendations(), a.aiSummary().text(), a.aiSummary().confidenceScore(), a.active(),
                rows.size(), assessed, a.createdBy().map(UserId::value).orElse(null), a.createdAt(), a.updatedAt());
    }

    private EvaluationView evaluationView(AssessedControl row) {
        CatalogControl control = byId(row.control().value());
        ControlEvaluation e = row.evaluation();
        return new EvaluationView(row.control().value(), row.assessment().value(), control.id(), control.label(),
                control.label(), control.parent(), e.status().key(), e.rating().map(Effectiveness::key).orElse(null),
                e.maturity() == null ? null : e.maturity().value(), e.findings(), e.recommendations(),
                e.evidenceNotes(), e.testedBy() == null ? null : e.testedBy().value(), e.testedAt(),
                row.aiAssessment().text(), row.aiAssessment().confidenceScore(), row.createdAt(), row.updatedAt());
    }
}
