package io.aegis.domain.framework;

import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one framework's controls as a whole: each label once, each parent one of them, and no control its
 * own ancestor. A catalog's entries are checked together with the stored controls it keeps, before anything is
 * stored, so the stored hierarchy is always a forest.
 */
public final class ControlHierarchy {

    private ControlHierarchy() {
    }

    /**
     * @throws RuleViolationException {@code duplicate_control_id} for a label given twice, {@code unknown_parent} for
     *                                a parent that is none of them, {@code control_cycle} for a control that would
     *                                be its own ancestor
     */
    public static void require(List<ControlDefinition> controls) {
        Map<ControlLabel, ControlLabel> parents = new HashMap<>();
        for (ControlDefinition control : controls) {
            if (parents.containsKey(control.label())) {
                throw new RuleViolationException("duplicate_control_id",
                        "control id " + control.label() + " is given more than once; control ids are unique within"
                                + " a framework");
            }
            parents.put(control.label(), control.parent());
        }
        for (ControlDefinition control : controls) {
            if (control.parent() != null && !parents.containsKey(control.parent())) {
                throw new RuleViolationException("unknown_parent", "control " + control.label()
                        + " sits in " + control.parent() + ", which is no control of the framework");
            }
        }
        Set<ControlLabel> rooted = new HashSet<>();
        for (ControlDefinition control : controls) {
            requireRooted(control.label(), parents, rooted);
        }
    }

    /** Walks up from {@code label} until it meets a control known to lead to the top, or finds a cycle. */
    private static void requireRooted(ControlLabel label, Map<ControlLabel, ControlLabel> parents,
                                      Set<ControlLabel> rooted) {
        List<ControlLabel> path = new ArrayList<>();
        Set<ControlLabel> onPath = new HashSet<>();
        ControlLabel current = label;
        while (current != null && !rooted.contains(current)) {
            if (!onPath.add(current)) {
                List<ControlLabel> cycle = path.subList(path.indexOf(current), path.size());
                throw new RuleViolationException("control_cycle", "control " + current
                        + " would be its own ancestor: " + describe(cycle, current));
            }
            path.add(current);
            current = parents.get(current);
        }
        rooted.addAll(path);
    }

    private static String describe(List<ControlLabel> cycle, ControlLabel start) {
        StringBuilder text = new StringBuilder();
        for (ControlLabel label : cycle) {
            text.append(label).append(" in ");
        }
        return text.append(start).toString();
    }
}
