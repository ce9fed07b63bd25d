package io.aegis.adapters.integrations.catalog.json;

import com.fasterxml.jackson.core.JsonParser;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The entries of a catalog being read, in document order. An entry takes its place when its object opens, so that
 * a parent precedes its children and the limit is checked as the file is read; it gets its content when the object
 * closes, because a format may put a group's label after the controls in it (JSON members have no order). What a
 * format can resolve only once the whole file is read (parameters, links that point forward) is resolved by the
 * functions given to {@link #entries}.
 */
public final class CatalogDrafts {

    /** An entry's place: where it is in the file and in the tree. */
    public static final class Slot {

        private final Slot parent;
        private final boolean group;
        private final String where;
        private Draft draft;

        private Slot(Slot parent, boolean group, String where) {
            this.parent = parent;
            this.group = group;
            this.where = where;
        }
    }

    /**
     * An entry's content as read, before resolution.
     *
     * @param label   its display label, unique in the catalog
     * @param movedTo references to the entries it moved to, as the format writes them
     */
    public record Draft(String label, String controlType, String title, String description, String guidance,
                        String procedures, boolean withdrawn, List<String> movedTo) {

        public Draft {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(title, "title");
            movedTo = List.copyOf(movedTo);
        }
    }

    private final int maxEntries;
    private final List<Slot> slots = new ArrayList<>();

    public CatalogDrafts(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * Takes the place of the entry whose object the parser stands on.
     *
     * @throws UnreadableCatalogException when the catalog already holds {@code maxEntries} entries
     */
    public Slot open(JsonParser parser, Slot parent, boolean group) {
        return open(CatalogJson.where(parser), parent, group);
    }

    /**
     * Takes the place of the entry that opens {@code where} in the file ("at line 3, column 5").
     *
     * @throws UnreadableCatalogException when the catalog already holds {@code maxEntries} entries
     */
    public Slot open(String where, Slot parent, boolean group) {
        if (slots.size() == maxEntries) {
            throw new UnreadableCatalogException("The catalog holds more than " + maxEntries
                    + " entries (groups and controls); the entry beyond the limit is " + where + ".");
        }
        Slot slot = new Slot(parent, group, where);
        slots.add(slot);
        return slot;
    }

    /** Where the entry in {@code slot} is in the file, for a refusal about it. */
    public static String where(Slot slot) {
        return slot.where;
    }

    public void fill(Slot slot, Draft draft) {
        slot.draft = draft;
    }

    /**
     * Every entry, resolved.
     *
     * @param text      completes a text (a format's parameters inserted into its statements)
     * @param reference turns a reference to another entry into that entry's label
     * @throws UnreadableCatalogException when two entries have the same label
     */
    public List<CatalogEntry> entries(UnaryOperator<String> text, UnaryOperator<String> reference) {
        Map<String, Slot> labelled = new HashMap<>();
        List<CatalogEntry> entries = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            Draft draft = Objects.requireNonNull(slot.draft, "an entry was opened and never filled");
            Slot first = labelled.putIfAbsent(draft.label(), slot);
            if (first != null) {
                throw new UnreadableCatalogException("Two entries have the label " + draft.label() + ": "
                        + first.where + " and " + slot.where + ".");
            }
            entries.add(new CatalogEntry(draft.label(), slot.parent == null ? null : slot.parent.draft.label(),
                    slot.group, draft.controlType(), text.apply(draft.title()), resolved(text, draft.description()),
                    resolved(text, draft.guidance()), resolved(text, draft.procedures()), draft.withdrawn(),
                    draft.movedTo().stream().map(reference).distinct().toList()));
        }
        return entries;
    }

    private static String resolved(UnaryOperator<String> text, String value) {
        return value == null ? null : text.apply(value);
    }
}
