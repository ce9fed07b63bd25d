package io.aegis.application.compliance.port.out;

import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.port.OrganisationWide;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.MappingLink;
import java.util.Collection;
import java.util.List;

/**
 * The stored mappings as a walk reads them, and the controls a path names: the same reads as the mappings' own read
 * model, which implements this port too.
 */
@OrganisationWide("mappings relate controls of frameworks, reference catalogs shared by the whole organisation")
public interface PostureMappings {

    /** Every mapping with an end among {@code controls}. */
    List<MappingLink> linksTouching(Collection<ControlId> controls);

    /** These controls with their frameworks, in no particular order; unknown ids are left out. */
    List<MappedControl> controls(Collection<ControlId> controls);
}
