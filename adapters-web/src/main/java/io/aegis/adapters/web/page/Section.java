package io.aegis.adapters.web.page;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The parts of the interface its navigation leads to, each shown to those who may read what it shows. */
public enum Section {
    DASHBOARD("Dashboard", "/", Permission.RISK_READ),
    RISKS("Risks", "/risks", Permission.RISK_READ),
    ASSETS("Assets", "/assets", Permission.ASSET_READ),
    FRAMEWORKS("Frameworks", "/frameworks", Permission.FRAMEWORK_READ),
    ASSESSMENTS("Assessments", "/assessments", Permission.ASSESSMENT_READ),
    TASKS("Tasks", "/tasks", Permission.TASK_READ),
    EVIDENCE("Evidence", "/evidence", Permission.EVIDENCE_READ),
    ADMINISTRATION("Administration", "/admin", Permission.USER_READ, Permission.AUDIT_READ,
            Permission.MATRIX_WRITE);

    private final String label;
    private final String path;
    /** Any one of them opens the section: administration gathers pages that need different permissions. */
    private final Set<Permission> anyNeeded;

    Section(String label, String path, Permission... anyNeeded) {
        this.label = label;
        this.path = path;
        this.anyNeeded = Set.of(anyNeeded);
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    /** The sections {@code actor} may open, in the order the navigation lists them. */
    static List<Section> openTo(Actor actor) {
        return Arrays.stream(values()).filter(section -> section.anyNeeded.stream().anyMatch(actor::may)).toList();
    }
}
