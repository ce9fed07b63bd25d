package io.aegis.adapters.integrations.catalog.oscal;

import io.aegis.adapters.integrations.catalog.xml.CatalogXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OSCAL's XML markup ({@code <p>}, {@code <ol>}, {@code <em>}, {@code <a href>}, {@code <insert>} ...) written as the
 * Markdown that OSCAL's JSON holds for the same prose, so that {@link OscalMarkup} and {@link OscalParameters} render
 * both alike: paragraphs apart by a blank line, emphasis in stars, links as {@code [text](href)}, parameter insertions
 * as {@code {{ insert: param, id }}}. Text is escaped where Markdown would read it as markup, and its white space (the
 * file's line breaks and indentation) collapsed, as XML markup means it.
 */
final class OscalXmlMarkup {

    static final Set<String> BLOCKS = Set.of("p", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
            "blockquote", "hr");
    static final Set<String> INLINE = Set.of("insert", "em", "i", "strong", "b", "code", "q", "a", "img", "br", "sub",
            "sup");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*\\[\\]])");

    private OscalXmlMarkup() {
    }

    /** The block element the reader stands on ({@link #BLOCKS}) as Markdown, the reader left on its end. */
    static String block(XMLStreamReader xml, int depth) throws XMLStreamException {
        String name = xml.getLocalName();
        return switch (name) {
            case "ol", "ul" -> list(xml, depth, name.equals("ol"));
            case "table" -> rows(xml, depth);
            case "blockquote" -> "> " + inline(xml, depth);
            case "pre" -> "```\n" + inline(xml, depth) + "\n```";
            case "hr" -> {
                CatalogXml.skip(xml);
                yield "---";
            }
            case "p" -> inline(xml, depth);
            default -> "#".repeat(name.charAt(1) - '0') + " " + inline(xml, depth);
        };
    }

    /** The content of the element the reader stands on as one line of Markdown, the reader left on its end. */
    static String inline(XMLStreamReader xml, int depth) throws XMLStreamException {
        StringBuilder line = new StringBuilder();
        content(xml, depth, line);
        return line.toString().strip();
    }

    /** Text of the file as Markdown: its white space collapsed, what Markdown would read as markup escaped. */
    static String text(String text) {
        return SPECIAL.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\\\\$1");
    }

    /** Appends the text and inline elements of the element the reader stands on; a block in it is a line of its own. */
    private static void content(XMLStreamReader xml, int depth, StringBuilder line) throws XMLStreamException {
        if (depth >= CatalogXml.MAX_DEPTH) {
            throw CatalogXml.refused(xml, "The elements nest more than " + CatalogXml.MAX_DEPTH + " deep");
        }
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.isCharacters()) {
                line.append(text(xml.getText()));
            } else if (xml.isStartElement()) {
                inlineElement(xml, depth + 1, line);
            }
        }
    }

    /** Appends the element the reader stands on, with its marks; a block in a line is a line of its own. */
    static void inlineElement(XMLStreamReader xml, int depth, StringBuilder line) throws XMLStreamException {
        String name = xml.getLocalName();
        if (BLOCKS.contains(name)) {
            line.append('\n').append(block(xml, depth)).append('\n');
            return;
        }
        switch (name) {
            case "insert" -> {
                line.append("{{ insert: ").append(CatalogXml.attribute(xml, "type")).append(", ")
                        .append(CatalogXml.attribute(xml, "id-ref")).append(" }}");
                CatalogXml.skip(xml);
            }
            case "em", "i" -> line.append('*').append(inline(xml, depth)).append('*');
            case "strong", "b" -> line.append("**").append(inline(xml, depth)).append("**");
            case "code" -> line.append('`').append(inline(xml, depth)).append('`');
            case "q" -> line.append('"').append(inline(xml, depth)).append('"');
            case "a" -> {
                String href = CatalogXml.attribute(xml, "href");
                line.append('[').append(inline(xml, depth)).append("](").append(href == null ? "" : href)
                        .append(')');
            }
            case "img" -> {
                String alt = CatalogXml.attribute(xml, "alt");
                line.append(alt == null ? "" : text(alt));
                CatalogXml.skip(xml);
            }
            case "br" -> {
                line.append(' ');
                CatalogXml.skip(xml);
            }
            // sub, sup and whatever else: their text
            default -> content(xml, depth, line);
        }
    }

    /** Each item on a line of its own, numbered or bulleted as Markdown writes them. */
    private static String list(XMLStreamReader xml, int depth, boolean ordered) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        CatalogXml.eachChild(xml, depth, name -> {
            String item = inline(xml, depth + 1);
            items.add((ordered ? (items.size() + 1) + ". " : "- ") + item);
        });
        return String.join("\n", items);
    }

    /** Each row of a table on a line of its own, its cells apart by bars. */
    private static String rows(XMLStreamReader xml, int depth) throws XMLStreamException {
        List<String> rows = new ArrayList<>();
        CatalogXml.eachChild(xml, depth, row -> {
            List<String> cells = new ArrayList<>();
            CatalogXml.eachChild(xml, depth + 1, cell -> cells.add(inline(xml, depth + 2)));
            rows.add("| " + String.join(" | ", cells) + " |");
        });
        return String.join("\n", rows);
    }
}
