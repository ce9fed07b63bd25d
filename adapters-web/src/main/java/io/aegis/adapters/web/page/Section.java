package io.aegis.adapters.web.page;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import java.util.Arrays;
import java.util.List;

/** The parts of the interface its navigation leads to, each shown to those who may read what it shows. */
public enum Section {
    DASHBOARD("Dashboard", "/", Permission.RISK_READ),
    RISKS("Risks", "/risks", Permission.RISK_READ),
    ASSETS("Assets", "/assets", Permission.ASSET_READ);

    private final String label;
    private final String path;
    private final Permission needed;

    Section(String label, String path, Permission needed) {
        this.label = label;
        this.path = path;
        this.needed = needed;
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    /** The sections {@code actor} may open, in the order the navigation lists them. */
    static List<Section> openTo(Actor actor) {
        return Arrays.stream(values()).filter(section -> actor.may(section.needed)).toList();
    }
}
