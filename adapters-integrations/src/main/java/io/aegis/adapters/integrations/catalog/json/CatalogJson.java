package io.aegis.adapters.integrations.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * What the catalog readers share about JSON: one parser over the stream (a file is never one tree; a reader takes
 * small subtrees, such as one control's properties, as it goes), and refusals that say where, as a JSON pointer
 * and the line and column the parser reached.
 */
public final class CatalogJson {

    /** Reads one format, or one OSCAL model, from where the parser stands in the root object. */
    @FunctionalInterface
    public interface RootReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** Reads one array element; the parser stands on its first token and must be left on its last. */
    @FunctionalInterface
    public interface ElementReader {
        void read() throws IOException;
    }

    /** Reads one object member; the parser stands on its value and must be left on that value's last token. */
    @FunctionalInterface
    public interface MemberReader {
        void read(String name) throws IOException;
    }

    private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // locations name no source: a refusal tells the author a line and column, nothing of the server
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private CatalogJson() {
    }

    /**
     * Reads the file's one JSON object with {@code reader}, which must consume the object's members up to its end;
     * nothing may follow the object.
     *
     * @throws UnreadableCatalogException when the file is empty, not JSON, malformed, truncated, or refused by
     *                                    the reader
     */
    public static <T> T read(InputStream file, RootReader<T> reader) {
        JsonParser parser;
        try {
            parser = JSON.createParser(file);
        } catch (IOException e) {
            throw new UnreadableCatalogException("The file could not be read.");
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UnreadableCatalogException("The file is empty.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw refused(parser, "The file must be one JSON object");
            }
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                throw refused(parser, "The JSON object is empty");
            }
            T result = reader.read(parser);
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.getParsingContext().getParent() != null) {
                throw new IllegalStateException("a catalog reader stopped before the end of the root object");
            }
            if (parser.nextToken() != null) {
                throw refused(parser, "Something follows the JSON object");
            }
            return result;
        } catch (StreamConstraintsException e) {
            // the reader's own limits (nesting, length of a text); its message names the Jackson setting
            throw new UnreadableCatalogException("The file goes beyond what Aegis reads at "
                    + lineAndColumn(parser.currentLocation()) + ": "
                    + JACKSON_SETTING.matcher(e.getOriginalMessage()).replaceAll("") + ".");
        } catch (JsonEOFException e) {
            throw new UnreadableCatalogException("The file ends before its JSON is complete (truncated?) at "
                    + lineAndColumn(e.getLocation()) + ".");
        } catch (JsonProcessingException e) {
            throw new UnreadableCatalogException("The file is not valid JSON at " + lineAndColumn(e.getLocation())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnreadableCatalogException("The file could not be read to its end.");
        }
    }

    /** A refusal of what the parser stands on: {@code what} and where it is. */
    public static UnreadableCatalogException refused(JsonParser parser, String what) {
        return new UnreadableCatalogException(what + " " + where(parser) + ".");
    }

    /** Where the parser stands: the JSON pointer of its value and the line and column of its token. */
    public static String where(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return "at " + (pointer.isEmpty() ? "the top" : pointer) + " (" + lineAndColumn(parser.currentTokenLocation())
                + ")";
    }

    /** The value the parser stands on, and everything in it, as a tree: for one small part of the file. */
    public static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode tree = parser.readValueAsTree();
        return tree == null ? JSON.nullNode() : tree;
    }

    /** The text the parser stands on; anything but a string is refused, naming {@code member}. */
    public static String text(JsonParser parser, String member) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw refused(parser, "\"" + member + "\" must be a string");
        }
        try {
            return parser.getText();
        } catch (IOException e) {
            throw refused(parser, "\"" + member + "\" cannot be read");
        }
    }

    /**
     * Hands each element of the array the parser stands on to {@code element}, the parser on the element's first
     * token; a value other than an array is refused, naming {@code member}.
     */
    public static void eachElement(JsonParser parser, String member, ElementReader element) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw refused(parser, "\"" + member + "\" must be an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            element.read();
        }
    }

    /**
     * Hands each member of the object the parser stands on to {@code member}, the parser on the member's value;
     * a value other than an object is refused, naming {@code what}. The parser ends on the object's end.
     */
    public static void eachMember(JsonParser parser, String what, MemberReader member) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refused(parser, what + " must be a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            member.read(name);
        }
    }

    /**
     * Hands the member the parser stands on (its name) and each one after it in the same object to {@code member};
     * the parser ends on the object's end.
     */
    public static void eachRemainingMember(JsonParser parser, MemberReader member) throws IOException {
        do {
            String name = parser.currentName();
            parser.nextToken();
            member.read(name);
        } while (parser.nextToken() == JsonToken.FIELD_NAME);
    }

    /** Skips the members after the one the parser has read, up to the object's end. */
    public static void skipRemainingMembers(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private static String lineAndColumn(JsonLocation location) {
        return location == null ? "an unknown place"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
