package io.aegis.application.framework;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlDefinition;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Frameworks, controls and catalogs for the framework tests, built in code. */
public final class FrameworkMother {

    public static final Instant T0 = Instant.parse("2026-12-06T08:00:00.125Z");

    private FrameworkMother() {
    }

    public static Framework aFramework(String name, String organization) {
        return Framework.adopt(new FrameworkDetails(name, "1.0", "about " + name, organization, "catalog",
                LocalDate.of(2024, 2, 26)), T0);
    }

    public static ControlDefinition aControl(String label, String parent, String title) {
        return new ControlDefinition(new ControlLabel(label), parent == null ? null : new ControlLabel(parent), false,
                "control", title, "statement of " + label, "guidance of " + label, null, false, List.of());
    }

    public static ControlDefinition aGroup(String label, String title) {
        return new ControlDefinition(new ControlLabel(label), null, true, "family", title, null, null, null, false,
                List.of());
    }

    public static Control at(FrameworkId framework, ControlDefinition definition, int position) {
        return Control.add(framework, definition, position, T0);
    }

    public static CatalogEntry group(String label, String title) {
        return new CatalogEntry(label, null, true, "family", title, null, null, null, false, List.of());
    }

    public static CatalogEntry control(String label, String parent, String title) {
        return new CatalogEntry(label, parent, false, "control", title, "statement of " + label, null, null, false,
                List.of());
    }

    public static CatalogEntry withdrawn(String label, String parent, String... movedTo) {
        return new CatalogEntry(label, parent, false, "control", "Withdrawn", null, null, null, true,
                List.of(movedTo));
    }

    /** A small 800-53-like catalog: two families, four controls, an enhancement, a withdrawn control. */
    public static FrameworkCatalog aCatalog(String version) {
        return new FrameworkCatalog("Sample SP 800-53", version, "NIST", LocalDate.of(2020, 9, 23), null, "catalog",
                List.of(group("AC", "Access Control"),
                        control("AC-1", "AC", "Policy and Procedures"),
                        control("AC-2", "AC", "Account Management"),
                        control("AC-2(1)", "AC-2", "Automated System Account Management"),
                        withdrawn("AC-13", "AC", "AC-2", "AU-6"),
                        group("AU", "Audit and Accountability"),
                        control("AU-6", "AU", "Audit Record Review")));
    }

    /** The next version of {@link #aCatalog}: AC-1 retitled, AC-2(1) withdrawn, AU-6 absent, AU-7 added. */
    public static FrameworkCatalog aNewerCatalog() {
        return new FrameworkCatalog("Sample SP 800-53", "2.0", "NIST", LocalDate.of(2023, 11, 6), null, "catalog",
                List.of(group("AC", "Access Control"),
                        control("AC-1", "AC", "Policy and Procedures (revised)"),
                        control("AC-2", "AC", "Account Management"),
                        withdrawn("AC-2(1)", "AC-2", "AC-2"),
                        withdrawn("AC-13", "AC", "AC-2", "AU-6"),
                        group("AU", "Audit and Accountability"),
                        control("AU-7", "AU", "Audit Record Reduction")));
    }
}
