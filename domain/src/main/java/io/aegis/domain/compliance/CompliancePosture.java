package io.aegis.domain.compliance;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingNeighbourhood;
import io.aegis.domain.framework.MappingPath;
import io.aegis.domain.framework.MappingWalk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far a framework is implemented, per family and overall: each active control that is not a group takes its
 * status from the latest completed assessment of its own framework (direct) when that evaluated it, else from the
 * latest completed assessments of other frameworks through mappings ({@link MappedInference}: inferred, with its
 * path and coverage), else it is not assessed. A family is a control's top-level group (an 800-53 family, a CSF
 * function); a control at the top of its catalog is a family of its own.
 *
 * @param families in catalog order, each with its controls in catalog order
 */
public record CompliancePosture(List<Family> families, PostureTally overall) {

    /** A family's controls and their counts. */
    public record Family(ControlId family, List<ControlPosture> controls, PostureTally tally) {

        public Family {
            Objects.requireNonNull(family, "family");
            controls = List.copyOf(controls);
        }
    }

    public CompliancePosture {
        families = List.copyOf(families);
    }

    /**
     * @param catalog          every control and group of the framework, in catalog order
     * @param own              the evaluations of the latest completed assessment of the framework, if any
     * @param elsewhere        the evaluations of the latest completed assessments of other frameworks
     * @param depth            how many mappings away evidence is sought, 1 to {@link MappingWalk#MAX_DEPTH}
     * @param mappingsTouching the stored mappings with an end among the given controls: read at most {@code depth}
     *                         times, for all the controls together, and not at all when there is nothing elsewhere
     */
    public static CompliancePosture assess(List<CatalogNode> catalog, Collection<EvaluatedControl> own,
                                           Collection<EvaluatedControl> elsewhere, int depth,
                                           Function<Set<ControlId>, List<MappingLink>> mappingsTouching) {
        Map<ControlId, EvaluatedControl> direct = byControl(own.stream().filter(EvaluatedControl::tellsStatus).toList());
        Map<ControlId, EvaluatedControl> mapped = byControl(elsewhere);
        List<CatalogNode> assessed = catalog.stream().filter(CatalogNode::assessable).toList();
        List<ControlId> undecided = assessed.stream().map(CatalogNode::id)
                .filter(control -> !direct.containsKey(control)).toList();
        Function<Set<ControlId>, List<MappingLink>> links = mapped.isEmpty() || undecided.isEmpty()
                ? ends -> List.of() : MappingNeighbourhood.around(undecided, depth, mappingsTouching)::linksTouching;
        Map<ControlId, ControlId> families = families(catalog);
        Map<ControlId, List<ControlPosture>> byFamily = new LinkedHashMap<>();
        catalog.stream().filter(node -> node.parent().isEmpty())
                .forEach(top -> byFamily.put(top.id(), new ArrayList<>()));
        List<ControlPosture> all = new ArrayList<>();
        for (CatalogNode node : assessed) {
            ControlPosture posture = direct.containsKey(node.id()) ? ControlPosture.direct(direct.get(node.id()))
                    : inferred(node.id(), mapped, depth, links).orElseGet(() -> ControlPosture.notAssessed(node.id()));
            byFamily.get(families.get(node.id())).add(posture);
            all.add(posture);
        }
        return new CompliancePosture(byFamily.entrySet().stream().filter(family -> !family.getValue().isEmpty())
                .map(family -> new Family(family.getKey(), family.getValue(), PostureTally.of(family.getValue())))
                .toList(), PostureTally.of(all));
    }

    private static Optional<ControlPosture> inferred(ControlId control, Map<ControlId, EvaluatedControl> mapped, int depth,
                                                     Function<Set<ControlId>, List<MappingLink>> links) {
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        List<ControlPosture> candidates = new ArrayList<>();
        for (MappingPath path : MappingWalk.from(control, depth, links)) {
            EvaluatedControl evidence = mapped.get(path.target());
            if (evidence != null) {
                MappedInference.infer(path, evidence).ifPresent(candidates::add);
            }
        }
        return candidates.stream().min(MappedInference.BEST_FIRST);
    }

    private static Map<ControlId, EvaluatedControl> byControl(Collection<EvaluatedControl> evidence) {
        return evidence.stream().collect(Collectors.toMap(EvaluatedControl::control, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two evaluations of control " + a.control());
        }));
    }

    /** Each node's top-level ancestor (itself at the top); the catalog's hierarchy is checked when it is imported. */
    private static Map<ControlId, ControlId> families(List<CatalogNode> catalog) {
        Map<ControlId, CatalogNode> byId = new HashMap<>();
        catalog.forEach(node -> byId.put(node.id(), node));
        Map<ControlId, ControlId> family = new HashMap<>();
        for (CatalogNode node : catalog) {
            CatalogNode top = node;
            for (int hops = 0; top.parent().isPresent(); hops++) {
                if (hops > catalog.size()) {
                    throw new IllegalArgumentException("control " + node.id() + " is its own ancestor");
                }
                top = Optional.ofNullable(byId.get(top.parent().get())).orElseThrow(() ->
                        new IllegalArgumentException("a parent of control " + node.id() + " is not in the catalog"));
            }
            family.put(node.id(), top.id());
        }
        return family;
    }

    /** Every control of the posture, family by family in catalog order. */
    public List<ControlPosture> controls() {
        return families.stream().flatMap(family -> family.controls().stream()).toList();
    }
}
