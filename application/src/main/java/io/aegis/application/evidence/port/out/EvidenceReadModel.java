package io.aegis.application.evidence.port.out;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;
import java.util.List;
import java.util.Optional;

/**
 * Evidence and its links, straight from storage, holding only what {@code reader} may read: restricted evidence
 * of others is left out in the query, as if it did not exist.
 */
@OrganisationWide("evidence belongs to no unit in the schema; who reads restricted evidence is the reader's rule")
public interface EvidenceReadModel {

    Page<EvidenceView> list(ListEvidenceQuery query, EvidenceReader reader);

    Optional<EvidenceView> find(EvidenceId id, EvidenceReader reader);

    List<ControlLinkView> controlsOf(EvidenceId evidence);

    List<ControlLinkView> evidenceOfControl(ControlId control, EvidenceReader reader);

    List<TaskLinkView> tasksOf(EvidenceId evidence);

    List<TaskLinkView> evidenceOfTask(long task, EvidenceReader reader);
}
