package io.aegis.adapters.web.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aegis.application.compliance.port.in.CompliancePostureView;
import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.compliance.port.in.CompliancePostureView.SourceAssessment;
import io.aegis.application.compliance.port.in.CompliancePostureView.Tally;
import io.aegis.application.framework.port.in.MappedControl;
import java.util.List;

/**
 * {@code GET /frameworks/{id}/compliance}: the posture overall and per family; each family's controls only when
 * {@code include=controls} asks for them.
 */
public record CompliancePostureResponse(FrameworkSummary framework, Long assetId, int depth,
                                        List<SourceAssessment> assessments, Tally overall, List<Family> families) {

    /** @param controls null unless asked for */
    public record Family(long id, String controlId, String title, Tally tally,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Control> controls) {
    }

    /** One control's status, where it comes from and, when inferred, through which mappings and how fully. */
    public record Control(long id, String controlId, String title, String status, String effectiveness,
                          String source, Long assessmentId, String coverage, String relationship, List<Step> path) {
    }

    /** One mapping crossed, read from the posture's control towards the assessed one: "from relationship to". */
    public record Step(long mappingId, MappedControl from, MappedControl to, String relationship) {
    }

    static CompliancePostureResponse of(CompliancePostureView view, boolean withControls) {
        return new CompliancePostureResponse(view.framework(), view.assetId(), view.depth(), view.assessments(),
                view.overall(), view.families().stream().map(family -> new Family(family.family().id(),
                        family.family().controlId(), family.family().title(), family.tally(),
                        withControls ? family.controls().stream().map(CompliancePostureResponse::control).toList()
                                : null)).toList());
    }

    private static Control control(CompliancePostureView.ControlPosture posture) {
        MappedControl control = posture.control();
        return new Control(control.id(), control.controlId(), control.title(), posture.status(),
                posture.effectiveness(), posture.source(), posture.assessmentId(), posture.coverage(),
                posture.relationship(), posture.path().stream().map(step -> new Step(step.mappingId(),
                        step.from(), step.to(), step.relationship())).toList());
    }
}
