package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Draft;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Slot;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OSCAL catalog as its readers ({@link OscalCatalogReader} for JSON, {@link OscalXmlCatalogReader} for XML) hand
 * it over, one group or control at a time, each member in OSCAL's JSON shape: the rules that make entries of them are
 * the same whatever the file's format.
 * Groups and controls become entries labelled by their {@code label} property ("AC-2(1)", "GV.OC-01"), else their
 * id upper-cased ("AC"); a withdrawn one names the labels of the controls its {@code moved-to} and
 * {@code incorporated-into} links point at, which may come later in the file.
 */
final class OscalEntries {

    /** OSCAL's own relations, and those NIST's CPRT-generated catalogs write (CSF 2.0 1.2.0, 800-171 Rev 3). */
    private static final Set<String> MOVED = Set.of("moved-to", "incorporated-into", "moved_to", "incorporated_into",
            "addressed_by");
    /**
     * A label naming what it labels: CSF 2.0's "GOVERN (GV)", "Organizational Context (GV.OC)", 800-171 Rev 3's
     * "Account Management (03.01.01)".
     */
    private static final Pattern NAMED_LABEL = Pattern.compile(".*\\S(\\s*)\\(([^()]+)\\)");

    /**
     * The members of one group or control, as read: its parts already rendered, so that a parent's tree is not held
     * while the controls nested in it are read.
     */
    static final class Members {
        String id;
        String className;
        String title;
        JsonNode props = MissingNode.getInstance();
        final List<String> movedTo = new ArrayList<>();
        String statement;
        String guidance;
        String procedures;
        final List<String> statementIds = new ArrayList<>();

        void parts(JsonNode parts) {
            statement = OscalParts.statement(parts);
            guidance = OscalParts.guidance(parts);
            procedures = OscalParts.procedures(parts);
            OscalParts.statementIds(parts, statementIds::add);
        }

        void links(JsonNode links) {
            links.forEach(link -> {
                if (MOVED.contains(link.path("rel").asText())) {
                    movedTo.add(link.path("href").asText());
                }
            });
        }
    }

    private final CatalogDrafts drafts;
    private final OscalParameters parameters = new OscalParameters();
    /** The label of every entry and of every part of its statement, by OSCAL id: where links may point. */
    private final Map<String, String> labels = new HashMap<>();
    private JsonNode metadata = MissingNode.getInstance();

    OscalEntries(int maxEntries) {
        drafts = new CatalogDrafts(maxEntries);
    }

    /**
     * Takes the place of the entry that opens {@code where} in the file.
     *
     * @throws UnreadableCatalogException when the catalog already holds its most entries
     */
    Slot open(String where, Slot parent, boolean group) {
        return drafts.open(where, parent, group);
    }

    void metadata(JsonNode metadata) {
        this.metadata = metadata;
    }

    /** Takes in the parameters of an OSCAL {@code params} array, of the catalog or of any entry. */
    void parameters(JsonNode params) {
        parameters.define(params);
    }

    /** Gives the entry its content, once all its members are read. */
    void close(Slot slot, boolean group, Members members) {
        drafts.fill(slot, draft(slot, group ? "A group" : "A control", members));
    }

    /**
     * The catalog, once the file is read.
     *
     * @throws UnreadableCatalogException when the catalog has no title, no entries, or two entries with one label
     */
    FrameworkCatalog catalog() {
        OscalMetadata about = OscalMetadata.of(metadata).orElseThrow(
                () -> new UnreadableCatalogException("The catalog has no metadata with a title."));
        List<CatalogEntry> entries = drafts.entries(parameters::inserted, this::label);
        if (entries.isEmpty()) {
            throw new UnreadableCatalogException("The catalog holds no groups or controls.");
        }
        return new FrameworkCatalog(about.title(), about.version(), about.organization(), about.published(),
                about.remarks(), "catalog", entries);
    }

    private Draft draft(Slot slot, String kind, Members members) {
        String named = kind + (members.id == null ? "" : " (" + members.id + ")") + " " + CatalogDrafts.where(slot);
        if (members.title == null || members.title.isEmpty()) {
            throw new UnreadableCatalogException(named + " has no title.");
        }
        String label = OscalProps.label(members.props).map(found -> displayed(found, members.id))
                .or(() -> sortLabel(members))
                .or(() -> Optional.ofNullable(members.id).map(id -> id.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new UnreadableCatalogException(named + " has neither a label nor an id."));
        if (members.id != null) {
            labels.put(members.id, label);
        }
        members.statementIds.forEach(id -> labels.putIfAbsent(id, label));
        return new Draft(label, members.className, members.title, members.statement, members.guidance,
                members.procedures, OscalProps.withdrawn(members.props), members.movedTo);
    }

    /**
     * A label naming what it labels, "GOVERN (GV)", is shown as the id it ends with, "GV"; so is
     * "Account Management (03.01.01)" of the 800-171 requirement {@code SP_800_171_03.01.01}, "03.01.01", whose id ends
     * with it. 800-53's "AC-2(1)" (id {@code ac-2.1}) names nothing: it is kept.
     */
    private static String displayed(String label, String id) {
        Matcher named = NAMED_LABEL.matcher(label);
        if (id == null || !named.matches()) {
            return label;
        }
        String tail = named.group(2).strip();
        boolean shown = id.equalsIgnoreCase(tail) || !named.group(1).isEmpty() && endsWith(id, tail);
        return shown ? tail : label;
    }

    /**
     * An entry without a label whose id ends with its {@code sort-id} is known by that: 800-171 Rev 3's withdrawn
     * requirements ({@code SP_800_171_03.01.13}, sort-id "03.01.13") have no label, and their successors name them so.
     */
    private static Optional<String> sortLabel(Members members) {
        return OscalProps.value(members.props, "sort-id").map(String::strip)
                .filter(sortId -> members.id != null && !sortId.isEmpty()
                        && (members.id.equalsIgnoreCase(sortId) || endsWith(members.id, sortId)));
    }

    /** {@code id} ends with {@code tail} after a separator: "SP_800_171_03.01" ends with "03.01". */
    private static boolean endsWith(String id, String tail) {
        int start = id.length() - tail.length();
        return start > 0 && id.regionMatches(true, start, tail, 0, tail.length())
                && !Character.isLetterOrDigit(id.charAt(start - 1));
    }

    /** The label of the entry an href ({@code #ac-2.1}, {@code #ac-2_smt.k}) points at; its id if none. */
    private String label(String href) {
        String id = href.startsWith("#") ? href.substring(1) : href;
        return labels.getOrDefault(id, id.toUpperCase(Locale.ROOT));
    }
}
