package io.aegis.adapters.integrations.catalog.xml;

import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the catalog readers share about XML: the JDK's StAX parser over the stream (a file is never one tree; a reader
 * takes small elements, such as one property or part, as it goes), safe from what XML lets a file ask of its reader
 * (no DTD is read, so no entity is defined or fetched, and no external schema or document is opened), and refusals
 * that say where, as a line and column.
 */
public final class CatalogXml {

    /** Reads one format from the root element the reader stands on, leaving the reader on its end. */
    @FunctionalInterface
    public interface RootReader<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Reads one child element, the reader on its start, by its local name; it must leave the reader on the child's
     * end.
     */
    @FunctionalInterface
    public interface ChildReader {
        void read(String name) throws XMLStreamException;
    }

    /** Deeper than this, elements are no OSCAL (whose deepest nesting, parts in parts, is a dozen) but an attack. */
    public static final int MAX_DEPTH = 100;
    /** The JDK parser's own message, without its "ParseError at [row,col]:[1,2]" preamble. */
    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s).*?Message: (.*)");
    private static final XMLInputFactory FACTORY = factory();

    private CatalogXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * Reads the file's root element with {@code reader}; a document type declaration is refused before anything of
     * it is read, and the rest of the file must be well-formed.
     *
     * @throws UnreadableCatalogException when the file is empty, not XML, malformed, truncated, declares a DTD, or
     *                                    is refused by the reader
     */
    public static <T> T read(InputStream file, RootReader<T> reader) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(file);
            root(xml);
            T result = reader.read(xml);
            if (!xml.isEndElement()) {
                throw new IllegalStateException("a catalog reader stopped before the end of the root element");
            }
            while (xml.hasNext()) {
                xml.next();
            }
            return result;
        } catch (XMLStreamException e) {
            throw refusal(e);
        } finally {
            close(xml);
        }
    }

    /** Moves to the root element's start, past the prolog: comments, processing instructions, no DTD. */
    private static void root(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refused(xml, "The file declares a document type (DTD), which Aegis does not read,");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new UnreadableCatalogException("The file holds no XML element.");
    }

    private static UnreadableCatalogException refusal(XMLStreamException e) {
        Matcher message = PARSER_MESSAGE.matcher(e.getMessage() == null ? "" : e.getMessage());
        String reason = (message.matches() ? message.group(1) : String.valueOf(e.getMessage())).strip();
        String at = lineAndColumn(e.getLocation());
        if (reason.contains("must start and end within the same entity") || reason.contains("Premature end of file")) {
            return new UnreadableCatalogException("The file ends before its XML is complete (truncated?) at " + at
                    + ".");
        }
        return new UnreadableCatalogException("The file is not well-formed XML at " + at + ": " + reason);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the file was read or refused already; the caller closes the stream itself
            }
        }
    }

    /** A refusal of the element the reader stands on: {@code what} and where it is. */
    public static UnreadableCatalogException refused(XMLStreamReader xml, String what) {
        return new UnreadableCatalogException(what + " " + where(xml) + ".");
    }

    /** Where the reader stands: the element, if on one, and the line and column the parser reached. */
    public static String where(XMLStreamReader xml) {
        String at = lineAndColumn(xml.getLocation());
        return xml.isStartElement() || xml.isEndElement() ? "at <" + xml.getLocalName() + "> (" + at + ")" : "at " + at;
    }

    /**
     * Hands each child element of the element the reader stands on to {@code child}, by its local name; text between
     * them is passed over. The reader ends on the element's end.
     *
     * @param depth how deep the element is, counting the root as 1
     */
    public static void eachChild(XMLStreamReader xml, int depth, ChildReader child) throws XMLStreamException {
        if (depth >= MAX_DEPTH) {
            throw refused(xml, "The elements nest more than " + MAX_DEPTH + " deep");
        }
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.isStartElement()) {
                child.read(xml.getLocalName());
            }
        }
    }

    /** Skips the element the reader stands on, and everything in it, leaving the reader on its end. */
    public static void skip(XMLStreamReader xml) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    /** The attribute {@code name} (in no namespace) of the element the reader stands on, or null. */
    public static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    private static String lineAndColumn(Location location) {
        return location == null ? "an unknown place"
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
