package io.aegis.application.framework.port.out;

import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Controls as clients read them, each with its parent's id and control id, straight from storage. */
@OrganisationWide("frameworks are reference catalogs shared by the whole organisation")
public interface ControlReadModel {

    Page<ControlView> list(ListControlsQuery query);

    /** Every control of the framework, in catalog order: the tree's material. */
    List<ControlView> outline(FrameworkId framework);

    Optional<ControlView> find(ControlId id);

    /** The controls directly under {@code parent}, in catalog order. */
    List<ControlView> children(ControlId parent);

    /** The framework's controls of these control ids, in catalog order. */
    List<ControlView> withLabels(FrameworkId framework, Collection<String> controlIds);
}
