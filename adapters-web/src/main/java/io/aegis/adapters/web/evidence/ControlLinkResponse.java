package io.aegis.adapters.web.evidence;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.SupportType;
import java.time.Instant;

/** A link of evidence to a control: {@code control_id} is the control's numeric id, {@code control_label} its label. */
public record ControlLinkResponse(long evidenceId, String evidenceTitle, long controlId, long frameworkId,
                                  String controlLabel, String controlTitle, String supportType,
                                  String adequacyRating, String notes, Instant createdAt) {

    static ControlLinkResponse of(ControlLinkView link) {
        return new ControlLinkResponse(link.evidence().value(), link.evidenceTitle(), link.control().value(),
                link.framework().value(), link.controlLabel(), link.controlTitle(),
                link.supportType().map(SupportType::key).orElse(null), link.adequacy().map(Adequacy::key).orElse(null),
                link.notes().orElse(null), link.createdAt());
    }
}
