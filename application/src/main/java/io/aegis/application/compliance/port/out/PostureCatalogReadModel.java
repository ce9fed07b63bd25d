package io.aegis.application.compliance.port.out;

import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.port.OrganisationWide;
import io.aegis.domain.compliance.CatalogNode;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import java.util.Optional;

/** The framework a posture is of, and its catalog as a posture needs it. */
@OrganisationWide("frameworks are reference catalogs shared by the whole organisation")
public interface PostureCatalogReadModel {

    Optional<FrameworkSummary> framework(FrameworkId framework);

    /** Every control and group of the framework, in catalog order. */
    List<CatalogControl> catalog(FrameworkId framework);

    /** @param controlId the label ({@code AC-2(1)}) */
    record CatalogControl(CatalogNode node, String controlId, String title) {
    }
}
