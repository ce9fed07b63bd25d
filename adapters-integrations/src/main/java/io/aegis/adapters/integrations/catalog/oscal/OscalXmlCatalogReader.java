package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Slot;
import io.aegis.adapters.integrations.catalog.xml.CatalogXml;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OSCAL catalog in XML (OSCAL 1.x), the format NIST publishes CSF 2.0 and SP 800-171 Rev 3 in, one group or
 * control at a time: of a control only its own properties, links and parts are held, each as the tree OSCAL JSON
 * holds for it ({@link OscalXmlTrees}), until the first control nested in it; never those, let alone the file.
 * {@link OscalEntries} makes the entries of them by the same rules as for JSON.
 */
public final class OscalXmlCatalogReader {

    private OscalXmlCatalogReader() {
    }

    /**
     * Reads the {@code catalog} element the reader stands on, leaving the reader on its end.
     *
     * @throws UnreadableCatalogException when the catalog has no title, no entries, an entry without a title or
     *                                    with another's label, or more than {@code maxEntries} entries
     */
    public static FrameworkCatalog read(XMLStreamReader xml, int maxEntries) throws XMLStreamException {
        OscalEntries entries = new OscalEntries(maxEntries);
        CatalogXml.eachChild(xml, 1, name -> {
            switch (name) {
                case "metadata" -> entries.metadata(OscalXmlTrees.tree(xml, 2));
                case "param" -> entries.parameters(OscalXmlTrees.array(xml, 2));
                case "group" -> entry(xml, entries, null, true, 2);
                case "control" -> entry(xml, entries, null, false, 2);
                default -> CatalogXml.skip(xml);
            }
        });
        return entries.catalog();
    }

    private static void entry(XMLStreamReader xml, OscalEntries entries, Slot parent, boolean group, int depth)
            throws XMLStreamException {
        Slot slot = entries.open(CatalogXml.where(xml), parent, group);
        Own own = new Own(CatalogXml.attribute(xml, "id"), CatalogXml.attribute(xml, "class"));
        CatalogXml.eachChild(xml, depth, name -> {
            switch (name) {
                case "title" -> own.members.title = OscalMarkup.plain(OscalXmlTrees.tree(xml, depth + 1).asText());
                case "prop" -> own.props.add(OscalXmlTrees.tree(xml, depth + 1));
                case "link" -> own.links.add(OscalXmlTrees.tree(xml, depth + 1));
                case "part" -> own.part(xml, depth + 1);
                case "param" -> entries.parameters(OscalXmlTrees.array(xml, depth + 1));
                case "control" -> {
                    own.render();
                    entry(xml, entries, slot, false, depth + 1);
                }
                case "group" -> {
                    if (group) {
                        own.render();
                        entry(xml, entries, slot, true, depth + 1);
                    } else {
                        CatalogXml.skip(xml);
                    }
                }
                default -> CatalogXml.skip(xml);
            }
        });
        own.render();
        entries.close(slot, group, own.members);
    }

    /**
     * A group's or control's own properties, links and parts, held as trees until the first group or control nested
     * in it (OSCAL's XML puts them before those) or its end, then rendered: a parent's trees are not held while its
     * children are read.
     */
    private static final class Own {

        final OscalEntries.Members members = new OscalEntries.Members();
        final ArrayNode props = JsonNodeFactory.instance.arrayNode();
        final ArrayNode links = JsonNodeFactory.instance.arrayNode();
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();

        Own(String id, String className) {
            members.id = id;
            members.className = className;
        }

        void part(XMLStreamReader xml, int depth) throws XMLStreamException {
            if (parts == null) {
                throw CatalogXml.refused(xml, "The part of " + members.id + " comes after the controls nested in it, "
                        + "where OSCAL allows none,");
            }
            parts.add(OscalXmlTrees.tree(xml, depth));
        }

        void render() {
            if (parts == null) {
                return;
            }
            members.props = props;
            members.links(links);
            members.parts(parts);
            parts = null;
        }
    }
}
