package io.aegis.domain.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a unit holds: what keeps it from being deactivated. Deactivated rows stay in their unit (their history names
 * it) but do not count.
 *
 * @param units           active units directly under it
 * @param assets          active assets in it
 * @param risks           active risks in it
 * @param riskMatrices    active risk matrices in it
 * @param roleAssignments roles users hold in it
 */
public record OrgUnitContents(long units, long assets, long risks, long riskMatrices, long roleAssignments) {

    public static final OrgUnitContents EMPTY = new OrgUnitContents(0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return units + assets + risks + riskMatrices + roleAssignments == 0;
    }

    /** The contents in words, e.g. {@code 2 active units and 1 role assignment}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        count(parts, units, "active unit");
        count(parts, assets, "active asset");
        count(parts, risks, "active risk");
        count(parts, riskMatrices, "active risk matrix", "active risk matrices");
        count(parts, roleAssignments, "role assignment");
        return parts.isEmpty() ? "nothing" : String.join(", ", parts.subList(0, parts.size() - 1))
                + (parts.size() > 1 ? " and " : "") + parts.get(parts.size() - 1);
    }

    private static void count(List<String> parts, long count, String one) {
        count(parts, count, one, one + "s");
    }

    private static void count(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
