package io.aegis.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small ordered set of short texts: an asset's tags or compliance scopes, the systems a risk affects.
 * Each text follows {@link Names}; repeats (ignoring case) are dropped, keeping the first spelling, so
 * "PCI" and "pci" never show as two scopes. Bounded, so that one row cannot carry an unbounded list.
 */
public record Labels(List<String> values) {

    public static final int MAX_COUNT = 100;
    public static final int MAX_LENGTH = 200;

    private static final Labels NONE = new Labels(List.of());

    public Labels {
        values = List.copyOf(values);
    }

    public static Labels none() {
        return NONE;
    }

    /** @throws InvalidValueException naming {@code field} for a missing, blank, long or excess entry */
    public static Labels of(String field, Collection<String> raw) {
        if (raw == null) {
            throw new InvalidValueException(field, "must be a list of texts");
        }
        List<String> kept = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (String entry : raw) {
            String label = Names.require(field, entry, MAX_LENGTH);
            if (seen.add(label.toLowerCase(Locale.ROOT))) {
                kept.add(label);
            }
        }
        if (kept.size() > MAX_COUNT) {
            throw new InvalidValueException(field, "may hold at most " + MAX_COUNT + " entries");
        }
        return new Labels(kept);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
