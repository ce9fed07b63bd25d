package io.aegis.domain.assessment;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.OptionalTexts;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an assessor found about one control: its implementation status, how effective and mature it is, the findings,
 * recommendations and evidence notes, who tested it and when. Texts are null when absent. Effectiveness rates what is
 * in place, so a control not assessed or not applicable cannot carry one.
 */
public record ControlEvaluation(ImplementationStatus status, Effectiveness effectiveness, MaturityLevel maturity,
                                String findings, String recommendations, String evidenceNotes, UserId testedBy,
                                Instant testedAt) {

    public ControlEvaluation {
        Objects.requireNonNull(status, "status");
        if (effectiveness != null && !status.assessed()) {
            throw new RuleViolationException("nothing_to_rate", "a control " + status.key()
                    + " has no effectiveness; rate it once it is implemented, partially or not");
        }
        findings = OptionalTexts.text("findings", findings);
        recommendations = OptionalTexts.text("recommendations", recommendations);
        evidenceNotes = OptionalTexts.text("evidence_notes", evidenceNotes);
        testedAt = testedAt == null ? null : Timestamps.truncate(testedAt);
    }

    /** Where every control of a new assessment starts. */
    public static ControlEvaluation notAssessed() {
        return new ControlEvaluation(ImplementationStatus.NOT_ASSESSED, null, null, null, null, null, null, null);
    }

    public Optional<Effectiveness> rating() {
        return Optional.ofNullable(effectiveness);
    }
}
