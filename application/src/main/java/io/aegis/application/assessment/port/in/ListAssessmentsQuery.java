package io.aegis.application.assessment.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text matches assessments whose name contains it, ignoring case
 * @param sort applied in order (newest first by default); the id breaks remaining ties so pages are stable
 */
public record ListAssessmentsQuery(Optional<String> text, Optional<AssessmentStatus> status,
                                   Optional<FrameworkId> framework, Optional<AssetId> asset, boolean includeInactive,
                                   List<SortOrder<AssessmentSortField>> sort, PageRequest page) {

    public static final int MAX_TEXT_LENGTH = 200;

    public ListAssessmentsQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(asset, "asset");
        sort = sort.isEmpty() ? List.of(new SortOrder<>(AssessmentSortField.CREATED_AT, true)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }
}
