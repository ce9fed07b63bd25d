package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Slot;
import io.aegis.adapters.integrations.catalog.json.CatalogJson;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.IOException;

/**
 * Reads an OSCAL catalog (JSON, OSCAL 1.0 to 1.2) one group or control at a time: of a control only one of its own
 * properties, links, parameters or parts is ever a tree, and only while it is read, never the controls nested in it,
 * let alone the file. {@link OscalEntries} makes the entries of what it reads.
 */
public final class OscalCatalogReader {

    private OscalCatalogReader() {
    }

    /**
     * Reads the catalog object the parser stands on, leaving the parser on its end.
     *
     * @throws UnreadableCatalogException when the catalog has no title, no entries, an entry without a title or
     *                                    with another's label, or more than {@code maxEntries} entries
     */
    public static FrameworkCatalog read(JsonParser parser, int maxEntries) throws IOException {
        OscalEntries entries = new OscalEntries(maxEntries);
        CatalogJson.eachMember(parser, "\"catalog\"", name -> {
            switch (name) {
                case "metadata" -> entries.metadata(CatalogJson.tree(parser));
                case "params" -> entries.parameters(CatalogJson.tree(parser));
                case "groups" -> CatalogJson.eachElement(parser, name, () -> entry(parser, entries, null, true));
                case "controls" -> CatalogJson.eachElement(parser, name, () -> entry(parser, entries, null, false));
                default -> parser.skipChildren();
            }
        });
        return entries.catalog();
    }

    private static void entry(JsonParser parser, OscalEntries entries, Slot parent, boolean group)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw CatalogJson.refused(parser, (group ? "A group" : "A control") + " must be a JSON object");
        }
        Slot slot = entries.open(CatalogJson.where(parser), parent, group);
        OscalEntries.Members members = new OscalEntries.Members();
        CatalogJson.eachMember(parser, group ? "A group" : "A control", name -> {
            switch (name) {
                case "id" -> members.id = CatalogJson.text(parser, name);
                case "class" -> members.className = CatalogJson.text(parser, name);
                case "title" -> members.title = OscalMarkup.plain(CatalogJson.text(parser, name));
                case "props" -> members.props = CatalogJson.tree(parser);
                case "links" -> members.links(CatalogJson.tree(parser));
                case "parts" -> members.parts(CatalogJson.tree(parser));
                case "params" -> entries.parameters(CatalogJson.tree(parser));
                case "controls" -> CatalogJson.eachElement(parser, name, () -> entry(parser, entries, slot, false));
                case "groups" -> {
                    if (group) {
                        CatalogJson.eachElement(parser, name, () -> entry(parser, entries, slot, true));
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        });
        entries.close(slot, group, members);
    }
}
