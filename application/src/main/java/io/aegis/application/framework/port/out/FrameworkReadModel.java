package io.aegis.application.framework.port.out;

import io.aegis.application.framework.port.in.BaselineView;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import java.util.Optional;

/** Frameworks with their control counts, and their baselines, straight from storage. */
@OrganisationWide("frameworks are reference catalogs shared by the whole organisation")
public interface FrameworkReadModel {

    Page<FrameworkView> list(ListFrameworksQuery query);

    Optional<FrameworkView> find(FrameworkId id);

    /** The framework's baselines by name. */
    List<BaselineView> baselines(FrameworkId framework);
}
