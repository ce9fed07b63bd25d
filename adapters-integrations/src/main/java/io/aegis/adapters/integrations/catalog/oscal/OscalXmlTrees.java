package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.integrations.catalog.xml.CatalogXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One small element of an OSCAL XML file (a property, a link, a part, a parameter, the metadata, a profile) as the
 * tree OSCAL's JSON format holds for it, so that what reads OSCAL JSON ({@link OscalParts}, {@link OscalParameters},
 * {@link OscalProps}, {@link OscalMetadata}) reads it unchanged. OSCAL maps its two formats one to one: attributes and
 * child elements become members, a repeated element an array under its plural ({@code prop}: {@code props}), markup
 * the Markdown of {@link OscalXmlMarkup} (a part's or guideline's paragraphs: its {@code prose}).
 */
final class OscalXmlTrees {

    /** The repeatable elements of the models Aegis reads, by the name of their array in OSCAL JSON. */
    private static final Map<String, String> PLURALS = Map.ofEntries(
            Map.entry("prop", "props"), Map.entry("link", "links"), Map.entry("part", "parts"),
            Map.entry("param", "params"), Map.entry("guideline", "guidelines"), Map.entry("value", "values"),
            Map.entry("choice", "choice"), Map.entry("role", "roles"), Map.entry("party", "parties"),
            Map.entry("responsible-party", "responsible-parties"), Map.entry("party-uuid", "party-uuids"),
            Map.entry("address", "addresses"), Map.entry("addr-line", "addr-lines"),
            Map.entry("email-address", "email-addresses"), Map.entry("telephone-number", "telephone-numbers"),
            Map.entry("location", "locations"), Map.entry("revision", "revisions"),
            Map.entry("document-id", "document-ids"), Map.entry("import", "imports"),
            Map.entry("include-controls", "include-controls"), Map.entry("exclude-controls", "exclude-controls"),
            Map.entry("with-id", "with-ids"), Map.entry("matching", "matching"));
    /** The elements whose paragraphs are their {@code prose} member, beside their other members. */
    private static final Set<String> PROSE = Set.of("part", "guideline");
    /** The elements of markup without any: what else holds text is a plain string ({@code version}, {@code name}). */
    private static final Set<String> MARKUP = Set.of("title", "label", "choice", "remarks", "usage", "description");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OscalXmlTrees() {
    }

    /** The element the reader stands on as an array of one: the shape of a {@code props} or {@code params} member. */
    static ArrayNode array(XMLStreamReader xml, int depth) throws XMLStreamException {
        return NODES.arrayNode().add(tree(xml, depth));
    }

    /**
     * The element the reader stands on as OSCAL JSON holds it, the reader left on its end: an object of its
     * attributes and child elements, or the text of an element that has neither: Markdown for markup, else as
     * written.
     *
     * @param depth how deep the element is, counting the root as 1
     */
    static JsonNode tree(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth >= CatalogXml.MAX_DEPTH) {
            throw CatalogXml.refused(xml, "The elements nest more than " + CatalogXml.MAX_DEPTH + " deep");
        }
        String name = xml.getLocalName();
        ObjectNode members = NODES.objectNode();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            members.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder written = new StringBuilder();
        boolean markup = MARKUP.contains(name);
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.isCharacters()) {
                line.append(OscalXmlMarkup.text(xml.getText()));
                written.append(xml.getText());
            } else if (xml.isStartElement()) {
                String child = xml.getLocalName();
                if (OscalXmlMarkup.BLOCKS.contains(child)) {
                    markup = true;
                    paragraphs.add(OscalXmlMarkup.block(xml, depth + 1));
                } else if (PLURALS.containsKey(child)) {
                    members.withArray(PLURALS.get(child)).add(tree(xml, depth + 1));
                } else if (OscalXmlMarkup.INLINE.contains(child)) {
                    // markup-line content, such as a title with emphasis
                    markup = true;
                    OscalXmlMarkup.inlineElement(xml, depth + 1, line);
                } else {
                    members.set(child, tree(xml, depth + 1));
                }
            }
        }
        if (members.isEmpty() && !markup && !PROSE.contains(name)) {
            return NODES.textNode(written.toString().strip());
        }
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(0, text);
        }
        String markdown = String.join("\n\n", paragraphs);
        if (members.isEmpty() && !PROSE.contains(name)) {
            return NODES.textNode(markdown);
        }
        if (!markdown.isEmpty()) {
            members.put("prose", markdown);
        }
        return members;
    }
}
