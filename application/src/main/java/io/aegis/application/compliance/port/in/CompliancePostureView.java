package io.aegis.application.compliance.port.in;

import io.aegis.application.framework.port.in.MappedControl;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's compliance posture as clients read it.
 *
 * @param assetId     the asset the posture is restricted to, or null
 * @param depth       how many mappings away evidence was sought
 * @param assessments the completed assessments the posture rests on: the framework's own latest (direct) and the
 *                    latest of each other framework (a source of inferred statuses)
 * @param families    in catalog order
 */
public record CompliancePostureView(FrameworkSummary framework, Long assetId, int depth,
                                    List<SourceAssessment> assessments, Tally overall, List<Family> families) {

    public CompliancePostureView {
        assessments = List.copyOf(assessments);
        families = List.copyOf(families);
    }

    public record FrameworkSummary(long id, String name, String version) {
    }

    /** @param direct whether it is an assessment of the framework itself */
    public record SourceAssessment(long id, String name, long frameworkId, String frameworkName,
                                   Instant completedAt, boolean direct) {
    }

    /**
     * The controls counted.
     *
     * @param statuses the controls per implementation status, every status present, in the statuses' order
     * @param score    0 to 100 as an assessment's score is computed, null when no control is assessed
     * @param coverage assessed (directly or by inference) over applicable controls, null when none is applicable
     */
    public record Tally(long controls, long direct, long inferred, long notAssessed, Map<String, Long> statuses,
                        Double score, Double coverage) {

        public Tally {
            statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        }
    }

    /** A family (a control's top-level group) with its controls. */
    public record Family(MappedControl family, Tally tally, List<ControlPosture> controls) {

        public Family {
            controls = List.copyOf(controls);
        }
    }

    /**
     * One control's status and where it comes from.
     *
     * @param source       {@code direct}, {@code inferred} or {@code none}
     * @param assessmentId the assessment the status rests on, or null
     * @param coverage     for an inferred status, {@code full} or {@code partial}; else null
     * @param relationship for an inferred status, the path's composed relationship read from this control; else null
     * @param path         for an inferred status, the mappings crossed from this control to the assessed one
     */
    public record ControlPosture(MappedControl control, String status, String effectiveness, String source,
                                 Long assessmentId, String coverage, String relationship, List<Step> path) {

        public ControlPosture {
            path = List.copyOf(path);
        }
    }

    /** One mapping crossed, read from this control's side: "from relationship to". */
    public record Step(long mappingId, MappedControl from, MappedControl to, String relationship) {
    }
}
