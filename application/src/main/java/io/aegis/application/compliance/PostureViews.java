package io.aegis.application.compliance;

import io.aegis.application.compliance.port.in.CompliancePostureView;
import io.aegis.application.compliance.port.in.CompliancePostureView.ControlPosture;
import io.aegis.application.compliance.port.in.CompliancePostureView.Family;
import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.compliance.port.in.CompliancePostureView.SourceAssessment;
import io.aegis.application.compliance.port.in.CompliancePostureView.Step;
import io.aegis.application.compliance.port.in.CompliancePostureView.Tally;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel.CatalogControl;
import io.aegis.application.compliance.port.out.PostureMappings;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.domain.assessment.AssessmentScore;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.compliance.CompliancePosture;
import io.aegis.domain.compliance.EvaluatedControl;
import io.aegis.domain.compliance.PostureTally;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.Coverage;
import io.aegis.domain.framework.MappingPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A domain posture as clients read it: every control named by its label and framework, in one read for the paths. */
final class PostureViews {

    private PostureViews() {
    }

    static CompliancePostureView of(FrameworkSummary framework, Optional<AssetId> asset, int depth,
                                    List<SourceAssessment> latest, CompliancePosture posture,
                                    List<CatalogControl> catalog, PostureMappings mappings) {
        Map<Long, MappedControl> named = new HashMap<>();
        catalog.forEach(control -> named.put(control.node().id().value(), new MappedControl(
                control.node().id().value(), control.controlId(), control.title(), framework.id(), framework.name())));
        Set<ControlId> elsewhere = new HashSet<>();
        posture.controls().forEach(control -> control.path().ifPresent(path -> path.steps()
                .forEach(step -> elsewhere.add(step.to()))));
        elsewhere.removeIf(control -> named.containsKey(control.value()));
        if (!elsewhere.isEmpty()) {
            named.putAll(mappings.controls(elsewhere).stream()
                    .collect(Collectors.toMap(MappedControl::id, Function.identity())));
        }
        Set<Long> used = posture.controls().stream().flatMap(control -> control.evidence().stream())
                .map(evidence -> evidence.assessment().value()).collect(Collectors.toSet());
        return new CompliancePostureView(framework, asset.map(AssetId::value).orElse(null), depth,
                latest.stream().filter(source -> source.direct() || used.contains(source.id())).toList(),
                tally(posture.overall()), posture.families().stream().map(family -> new Family(
                        named.get(family.family().value()), tally(family.tally()), family.controls().stream()
                        .map(control -> control(control, named)).toList())).toList());
    }

    private static ControlPosture control(io.aegis.domain.compliance.ControlPosture posture,
                                          Map<Long, MappedControl> named) {
        Optional<MappingPath> path = posture.path();
        return new ControlPosture(named.get(posture.control().value()), posture.status().key(),
                posture.effectiveness().map(Effectiveness::key).orElse(null), posture.source().key(),
                posture.evidence().map(EvaluatedControl::assessment).map(id -> id.value()).orElse(null),
                posture.coverage().map(Coverage::key).orElse(null),
                path.map(it -> it.relationship().key()).orElse(null),
                path.map(it -> it.steps().stream().map(step -> new Step(step.mappingId(),
                        named.get(step.from().value()), named.get(step.to().value()), step.relationship().key()))
                        .toList()).orElse(List.of()));
    }

    private static Tally tally(PostureTally tally) {
        AssessmentScore score = tally.score();
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (ImplementationStatus status : ImplementationStatus.values()) {
            statuses.put(status.key(), score.counts().getOrDefault(status, 0L));
        }
        return new Tally(tally.controls(), tally.direct(), tally.inferred(), tally.notAssessed(), statuses,
                score.overallScore().map(BigDecimal::doubleValue).orElse(null),
                score.coverage().map(BigDecimal::doubleValue).orElse(null));
    }
}
