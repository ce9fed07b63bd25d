package io.aegis.application.framework.port.out;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.MappingLink;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Mappings with both controls and their frameworks, and the links a walk over mappings reads, straight from SQL. */
@OrganisationWide("mappings relate controls of frameworks, reference catalogs shared by the whole organisation")
public interface ControlMappingReadModel {

    Page<ControlMappingView> list(ListControlMappingsQuery query);

    Optional<ControlMappingView> find(ControlMappingId id);

    /** Every mapping with an end among {@code controls}, as a walk crosses them: one read per step of a walk. */
    List<MappingLink> linksTouching(Collection<ControlId> controls);

    /** These controls with their frameworks, in no particular order; unknown ids are left out. */
    List<MappedControl> controls(Collection<ControlId> controls);
}
