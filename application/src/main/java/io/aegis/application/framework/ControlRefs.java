package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlView;
import io.aegis.domain.framework.ControlId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One framework's controls as mapping files name them: by label exactly ({@code AC-2(1)}, as the OLIR CSVs do), else
 * by the OSCAL control id the label comes from ({@code ac-2.1}, as OSCAL mapping collections do). Aegis stores labels
 * only, so an OSCAL id is matched to the label it folds to: lower case, {@code (n)} as {@code .n}. Of two labels that
 * fold alike, the first in catalog order is matched.
 */
final class ControlRefs {

    private static final Pattern ENHANCEMENT = Pattern.compile("\\(([^()]+)\\)");

    private final Map<String, ControlView> byLabel = new HashMap<>();
    private final Map<String, ControlView> byOscalId = new HashMap<>();

    ControlRefs(List<ControlView> outline) {
        for (ControlView control : outline) {
            byLabel.put(control.controlId(), control);
            byOscalId.putIfAbsent(oscalId(control.controlId()), control);
        }
    }

    Optional<ControlView> resolve(String ref) {
        return Optional.ofNullable(byLabel.get(ref)).or(() -> Optional.ofNullable(byOscalId.get(oscalId(ref))));
    }

    Optional<ControlId> resolveId(String ref) {
        return resolve(ref).map(control -> new ControlId(control.id()));
    }

    /** {@code AC-2(1)} -> {@code ac-2.1}; {@code GV.OC-01} -> {@code gv.oc-01}. */
    static String oscalId(String label) {
        return ENHANCEMENT.matcher(label.strip().toLowerCase(Locale.ROOT)).replaceAll(".$1");
    }
}
