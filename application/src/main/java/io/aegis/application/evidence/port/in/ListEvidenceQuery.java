package io.aegis.application.evidence.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.Sensitivity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text      a part of the title or file name, any case
 * @param integrity only evidence whose last check found this
 * @param sort      applied in order (newest first by default); the id breaks remaining ties so pages are stable
 */
public record ListEvidenceQuery(Optional<String> text, Optional<Sensitivity> sensitivity,
                                Optional<String> evidenceType, Optional<IntegrityStatus> integrity,
                                List<SortOrder<EvidenceSortField>> sort, PageRequest page) {

    public ListEvidenceQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(evidenceType, "evidenceType");
        Objects.requireNonNull(integrity, "integrity");
        sort = sort.isEmpty() ? List.of(new SortOrder<>(EvidenceSortField.CREATED_AT, true)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }
}
