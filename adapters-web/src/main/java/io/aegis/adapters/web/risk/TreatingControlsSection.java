package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Words;
import io.aegis.application.risk.port.in.RiskControlView;
import io.aegis.application.risk.port.in.RiskTreatmentView;
import io.aegis.domain.risk.ControlReduction;
import io.aegis.domain.risk.TreatmentState;
import io.aegis.domain.shared.Rfc3339;
import java.util.List;

/**
 * The "Treating controls" section of a risk's page: each control with its effect and latest assessed status, the
 * treatment gap when it holds, and the form that links another control by framework and control id.
 *
 * @param frameworks the frameworks the form offers; empty for a viewer who may not read them (no form then)
 */
public record TreatingControlsSection(boolean gap, List<Row> rows, List<Option> frameworks, List<Option> states,
                                      List<Option> reductions) {

    /**
     * One treating control as the table shows it.
     *
     * @param assessedAt the completion of the assessment {@code status} comes from; empty when never assessed
     */
    public record Row(long controlId, String label, String title, boolean active, String framework, String state,
                      String reduces, String notes, String status, String statusKey, long assessmentId,
                      String assessmentName, String assessedAt, boolean undermines) {

        static Row of(RiskControlView control) {
            RiskControlView.LatestAssessment latest = control.latest();
            return new Row(control.controlId(), control.controlLabel(), control.controlTitle(),
                    control.controlActive(), control.frameworkName(), Words.label(control.treatmentState()),
                    control.reduces(), control.notes() == null ? "" : control.notes(),
                    latest == null ? "Not assessed yet" : Words.label(latest.status()),
                    latest == null ? "" : latest.status(), latest == null ? 0 : latest.assessmentId(),
                    latest == null ? "" : latest.assessmentName(),
                    latest == null ? "" : Rfc3339.format(latest.assessedAt()), control.undermines());
        }
    }

    static TreatingControlsSection of(RiskTreatmentView treatment, List<Option> frameworks) {
        return new TreatingControlsSection(treatment.treatmentGap(),
                treatment.controls().stream().map(Row::of).toList(), frameworks,
                Option.ofKeys(TreatmentState.values(), TreatmentState::key, TreatmentState.CLAIMED.key()),
                Option.ofKeys(ControlReduction.values(), ControlReduction::key, ControlReduction.BOTH.key()));
    }
}
