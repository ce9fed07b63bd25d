package io.aegis.application.compliance;

import io.aegis.application.compliance.port.in.CompliancePostureView;
import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.compliance.port.in.CompliancePostureView.SourceAssessment;
import io.aegis.application.compliance.port.in.GetCompliancePostureQuery;
import io.aegis.application.compliance.port.in.GetCompliancePostureUseCase;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel.CatalogControl;
import io.aegis.application.compliance.port.out.PostureEvaluationReadModel;
import io.aegis.application.compliance.port.out.PostureEvaluationReadModel.CompletedAssessment;
import io.aegis.application.compliance.port.out.PostureMappings;
import io.aegis.application.framework.port.in.GetEquivalentsUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.compliance.CompliancePosture;
import io.aegis.domain.compliance.EvaluatedControl;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a framework's catalog, the latest completed assessment of each framework the actor may read, their
 * evaluations, and the mappings around the controls their own framework did not decide, then asks the domain
 * ({@link CompliancePosture}). A bounded number of reads whatever the catalog's size: one for the framework, one for
 * its catalog, one for the assessments, one for their evaluations, one per step of the mapping walk (at most
 * {@link GetEquivalentsUseCase#DEFAULT_DEPTH}, none without another framework's assessment) and one naming the
 * controls of the paths found (ids in batches), all in one read transaction.
 * <p>
 * It needs {@code framework:read} and {@code assessment:read}, each in some unit: the posture shows the catalog and
 * what assessments found. Assessments are organisation-wide, but one of an asset outside the units where the actor
 * reads assets does not feed the posture, as such an asset may not be named in a new assessment either.
 */
public record GetCompliancePostureService(UseCaseRunner run, PostureCatalogReadModel catalog,
                                          PostureEvaluationReadModel evaluations, PostureMappings mappings)
        implements GetCompliancePostureUseCase {

    static final String ACTION = "framework.compliance";

    @Override
    public CompliancePostureView posture(Actor actor, GetCompliancePostureQuery query) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, ACTION);
        return run.consistentReadIn(actor, Permission.ASSESSMENT_READ, ACTION, unused -> {
            FrameworkSummary framework = catalog.framework(query.framework())
                    .orElseThrow(() -> new NotFoundException("framework", query.framework()));
            Scope assets = actor.scopeOf(Permission.ASSET_READ);
            List<CompletedAssessment> latest = evaluations.latestCompleted(assets, query.asset());
            Map<AssessmentId, CompletedAssessment> byId = latest.stream()
                    .collect(Collectors.toMap(CompletedAssessment::id, Function.identity()));
            Map<Boolean, List<EvaluatedControl>> found = latest.isEmpty() ? Map.of()
                    : evaluations.evaluations(assets, byId.keySet()).stream().collect(Collectors.partitioningBy(
                            row -> byId.get(row.assessment()).framework().equals(query.framework())));
            List<CatalogControl> controls = catalog.catalog(query.framework());
            int depth = GetEquivalentsUseCase.DEFAULT_DEPTH;
            CompliancePosture posture = CompliancePosture.assess(
                    controls.stream().map(CatalogControl::node).toList(), found.getOrDefault(true, List.of()),
                    found.getOrDefault(false, List.of()), depth, mappings::linksTouching);
            List<SourceAssessment> sources = latest.stream().map(assessment -> new SourceAssessment(
                    assessment.id().value(), assessment.name(), assessment.framework().value(),
                    assessment.frameworkName(), assessment.completedAt(),
                    assessment.framework().equals(query.framework()))).toList();
            return PostureViews.of(framework, query.asset(), depth, sources, posture, controls, mappings);
        });
    }
}
