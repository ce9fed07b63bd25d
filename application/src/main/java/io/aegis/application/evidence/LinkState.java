package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.SupportType;

/** A link of evidence as its audit entries record it, flat: to a control, or to a task. */
record LinkState(long evidenceId, Long controlId, Long taskId, String supportType, String adequacyRating,
                 String relationshipType, String notes) {

    static LinkState of(ControlLinkView link) {
        return new LinkState(link.evidence().value(), link.control().value(), null,
                link.supportType().map(SupportType::key).orElse(null), link.adequacy().map(Adequacy::key).orElse(null),
                null, link.notes().orElse(null));
    }

    static LinkState of(TaskLinkView link) {
        return new LinkState(link.evidence().value(), null, link.task(), null, null,
                link.relationshipType().orElse(null), link.notes().orElse(null));
    }
}
