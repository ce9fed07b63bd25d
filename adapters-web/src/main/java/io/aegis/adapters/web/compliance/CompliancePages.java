package io.aegis.adapters.web.compliance;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.compliance.ComplianceController.PostureRequest;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.compliance.port.in.CompliancePorts;
import io.aegis.application.compliance.port.in.CompliancePostureView;
import io.aegis.application.compliance.port.in.CompliancePostureView.ControlPosture;
import io.aegis.application.compliance.port.in.CompliancePostureView.SourceAssessment;
import io.aegis.application.compliance.port.in.CompliancePostureView.Step;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /frameworks/{id}/compliance}: a framework's posture, overall and per family, each family opening (a plain
 * {@code <details>}, no script) onto its controls, inferred ones marked with their path in words. The API's use case.
 */
public record CompliancePages(CompliancePorts compliance) implements PageController {

    @Override
    public List<PageRoute> pages() {
        return List.of(PageRoute.get(ComplianceController.PATH, this::posturePage));
    }

    private void posturePage(Context ctx) {
        CompliancePostureView posture = compliance.posture().posture(RequestActors.of(ctx),
                PostureRequest.read(ctx).query());
        Pages.render(ctx, "compliance/posture.jte", new PosturePage(Chrome.of(ctx,
                "Compliance posture: " + posture.framework().name(), Section.FRAMEWORKS), posture));
    }

    /** The page's model, with the words the template shows. */
    public record PosturePage(Chrome chrome, CompliancePostureView posture) {

        private static final Map<String, String> RELATIONSHIPS = Map.of("equal", "equal to",
                "equivalent", "equivalent to", "subset_of", "a subset of", "superset_of", "a superset of",
                "intersects_with", "intersecting with", "related", "related to");

        /** A key as words: {@code partially_implemented} is "partially implemented". */
        public static String words(String key) {
            return key == null ? "" : key.replace('_', ' ');
        }

        /** A score or coverage as a whole percentage, or a dash when there is nothing to divide by. */
        public static String percent(Double value, boolean fraction) {
            return value == null ? "–" : Math.round(fraction ? value * 100 : value) + "%";
        }

        /** "AC-2 is equal to PR.AA-01 (NIST CSF 2.0), which is a subset of ...", as the mappings were crossed. */
        public static String path(ControlPosture control) {
            return control.path().stream().map(PosturePage::step)
                    .collect(Collectors.joining(", which is ", control.control().controlId() + " is ", ""));
        }

        private static String step(Step step) {
            return RELATIONSHIPS.getOrDefault(step.relationship(), words(step.relationship())) + " "
                    + step.to().controlId() + " (" + step.to().frameworkName() + ")";
        }

        /** The assessment a control's status rests on, by name. */
        public String assessmentName(ControlPosture control) {
            return posture.assessments().stream().filter(source -> control.assessmentId() != null
                            && source.id() == control.assessmentId()).map(SourceAssessment::name).findFirst()
                    .orElse("");
        }
    }
}
