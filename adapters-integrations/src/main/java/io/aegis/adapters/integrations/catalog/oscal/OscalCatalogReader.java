package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Draft;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Slot;
import io.aegis.adapters.integrations.catalog.json.CatalogJson;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.IOException;
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
 * Reads an OSCAL catalog (JSON, OSCAL 1.0 to 1.2) one group or control at a time: of a control only one of its own
 * properties, links, parameters or parts is ever a tree, and only while it is read, never the controls nested in it,
 * let alone the file.
 * Groups and controls become entries labelled by their {@code label} property ("AC-2(1)", "GV.OC-01"), else their
 * id upper-cased ("AC"); a withdrawn one names the labels of the controls its {@code moved-to} and
 * {@code incorporated-into} links point at, which may come later in the file.
 */
public final class OscalCatalogReader {

    private static final Set<String> MOVED = Set.of("moved-to", "incorporated-into");
    /** CSF 2.0 labels its functions and categories "GOVERN (GV)", "Organizational Context (GV.OC)". */
    private static final Pattern NAMED_LABEL = Pattern.compile(".*\\S\\s*\\(([^()]+)\\)");

    private final CatalogDrafts drafts;
    private final OscalParameters parameters = new OscalParameters();
    /** The label of every entry and of every part of its statement, by OSCAL id: where links may point. */
    private final Map<String, String> labels = new HashMap<>();
    private JsonNode metadata = MissingNode.getInstance();

    private OscalCatalogReader(int maxEntries) {
        drafts = new CatalogDrafts(maxEntries);
    }

    /**
     * Reads the catalog object the parser stands on, leaving the parser on its end.
     *
     * @throws UnreadableCatalogException when the catalog has no title, no entries, an entry without a title or
     *                                    with another's label, or more than {@code maxEntries} entries
     */
    public static FrameworkCatalog read(JsonParser parser, int maxEntries) throws IOException {
        return new OscalCatalogReader(maxEntries).catalog(parser);
    }

    private FrameworkCatalog catalog(JsonParser parser) throws IOException {
        CatalogJson.eachMember(parser, "\"catalog\"", name -> {
            switch (name) {
                case "metadata" -> metadata = CatalogJson.tree(parser);
                case "params" -> parameters.define(CatalogJson.tree(parser));
                case "groups" -> CatalogJson.eachElement(parser, name, () -> entry(parser, null, true));
                case "controls" -> CatalogJson.eachElement(parser, name, () -> entry(parser, null, false));
                default -> parser.skipChildren();
            }
        });
        OscalMetadata about = OscalMetadata.of(metadata).orElseThrow(
                () -> new UnreadableCatalogException("The catalog has no metadata with a title."));
        List<CatalogEntry> entries = drafts.entries(parameters::inserted, this::label);
        if (entries.isEmpty()) {
            throw new UnreadableCatalogException("The catalog holds no groups or controls.");
        }
        return new FrameworkCatalog(about.title(), about.version(), about.organization(), about.published(),
                about.remarks(), "catalog", entries);
    }

    /**
     * The members of one group or control, as read: its parts already rendered, so that a parent's tree is not held
     * while the controls nested in it are read.
     */
    private static final class Members {
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

    private void entry(JsonParser parser, Slot parent, boolean group) throws IOException {
        String kind = group ? "A group" : "A control";
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw CatalogJson.refused(parser, kind + " must be a JSON object");
        }
        Slot slot = drafts.open(parser, parent, group);
        Members members = new Members();
        CatalogJson.eachMember(parser, kind, name -> {
            switch (name) {
                case "id" -> members.id = CatalogJson.text(parser, name);
                case "class" -> members.className = CatalogJson.text(parser, name);
                case "title" -> members.title = OscalMarkup.plain(CatalogJson.text(parser, name));
                case "props" -> members.props = CatalogJson.tree(parser);
                case "links" -> members.links(CatalogJson.tree(parser));
                case "parts" -> members.parts(CatalogJson.tree(parser));
                case "params" -> parameters.define(CatalogJson.tree(parser));
                case "controls" -> CatalogJson.eachElement(parser, name, () -> entry(parser, slot, false));
                case "groups" -> {
                    if (group) {
                        CatalogJson.eachElement(parser, name, () -> entry(parser, slot, true));
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        });
        drafts.fill(slot, draft(slot, kind, members));
    }

    private Draft draft(Slot slot, String kind, Members members) {
        String named = kind + (members.id == null ? "" : " (" + members.id + ")") + " " + CatalogDrafts.where(slot);
        if (members.title == null || members.title.isEmpty()) {
            throw new UnreadableCatalogException(named + " has no title.");
        }
        String label = OscalProps.label(members.props).map(found -> displayed(found, members.id))
                .or(() -> Optional.ofNullable(members.id).map(id -> id.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new UnreadableCatalogException(named + " has neither a label nor an id."));
        if (members.id != null) {
            labels.put(members.id, label);
        }
        members.statementIds.forEach(id -> labels.putIfAbsent(id, label));
        return new Draft(label, members.className, members.title, members.statement, members.guidance,
                members.procedures, OscalProps.withdrawn(members.props), members.movedTo);
    }

    /** A label naming what it labels, "GOVERN (GV)", is shown as the id it ends with: "GV". */
    private static String displayed(String label, String id) {
        Matcher named = NAMED_LABEL.matcher(label);
        return id != null && named.matches() && named.group(1).strip().equalsIgnoreCase(id)
                ? named.group(1).strip() : label;
    }

    /** The label of the entry an href ({@code #ac-2.1}, {@code #ac-2_smt.k}) points at; its id if none. */
    private String label(String href) {
        String id = href.startsWith("#") ? href.substring(1) : href;
        return labels.getOrDefault(id, id.toUpperCase(Locale.ROOT));
    }
}
