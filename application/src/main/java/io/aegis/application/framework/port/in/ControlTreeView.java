package io.aegis.application.framework.port.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A framework's controls as nested lists, in catalog order. With a search text, only the controls whose control id
 * or title contains it (ignoring case) and the groups and controls above them.
 *
 * @param matches how many controls the search found (every control without one)
 */
public record ControlTreeView(long frameworkId, List<Node> roots, int matches) {

    public record Node(ControlSummary control, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    public ControlTreeView {
        roots = List.copyOf(roots);
    }

    /** @param outline every control of the framework, in catalog order */
    public static ControlTreeView of(long frameworkId, List<ControlView> outline, Optional<String> text) {
        Map<Long, ControlView> byId = new HashMap<>();
        outline.forEach(control -> byId.put(control.id(), control));
        Set<Long> shown = new HashSet<>();
        int matches = 0;
        for (ControlView control : outline) {
            if (text.isEmpty() || contains(control, text.get())) {
                matches++;
                for (Long id = control.id(); id != null && shown.add(id); id = byId.get(id).parentId()) {
                    // the match and every control above it, up to one already shown
                }
            }
        }
        Map<Long, List<ControlView>> children = new HashMap<>();
        List<ControlView> tops = new ArrayList<>();
        for (ControlView control : outline) {
            if (shown.contains(control.id())) {
                (control.parentId() == null ? tops : children.computeIfAbsent(control.parentId(),
                        any -> new ArrayList<>())).add(control);
            }
        }
        return new ControlTreeView(frameworkId, nodes(tops, children), matches);
    }

    private static List<Node> nodes(List<ControlView> controls, Map<Long, List<ControlView>> children) {
        return controls.stream().map(control -> new Node(control.summary(),
                nodes(children.getOrDefault(control.id(), List.of()), children))).toList();
    }

    private static boolean contains(ControlView control, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return control.controlId().toLowerCase(Locale.ROOT).contains(wanted)
                || control.title().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
