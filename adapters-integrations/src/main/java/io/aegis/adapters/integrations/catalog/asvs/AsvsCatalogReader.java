package io.aegis.adapters.integrations.catalog.asvs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Draft;
import io.aegis.adapters.integrations.catalog.json.CatalogDrafts.Slot;
import io.aegis.adapters.integrations.catalog.json.CatalogJson;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OWASP ASVS JSON as OWASP publishes it ({@code Requirements}: chapters, their sections, their
 * requirements), one requirement at a time. Chapters ({@code V1}) and sections ({@code V1.2}) are groups: a section
 * organises requirements and is not verified itself. Requirements ({@code V1.2.3}) are controls whose type is the
 * lowest level that requires them, as ASVS writes it ({@code L1}, {@code L2}, {@code L3}); levels are cumulative,
 * so level 2 is every L1 and L2 requirement. ASVS 5.0 writes the level as {@code "L": "2"}, 4.0 as
 * {@code "L2": {"Required": true}}. A requirement has no title of its own: its title is its text, shortened. ASVS 4.0
 * keeps deleted requirements as "[DELETED, DUPLICATE OF 4.1.3]", required at no level: they are withdrawn, moved to
 * the requirement they duplicate.
 */
public final class AsvsCatalogReader {

    /** The members that tell the ASVS JSON apart: the nested export's root has some of them. */
    public static final Set<String> ROOT_MEMBERS = Set.of("Name", "ShortName", "Version", "Description",
            "Requirements");
    private static final String NAME = "OWASP Application Security Verification Standard";
    private static final List<String> LEVELS = List.of("1", "2", "3");
    private static final int TITLE_LENGTH = 120;
    private static final Pattern DELETED = Pattern.compile("\\[DELETED\\b[^]]*]");
    private static final Pattern DUPLICATE = Pattern.compile("DUPLICATE OF (\\d+(?:\\.\\d+)*)");

    private final CatalogDrafts drafts;
    private String version;
    private String description;
    private boolean requirements;

    private AsvsCatalogReader(int maxEntries) {
        drafts = new CatalogDrafts(maxEntries);
    }

    /**
     * Reads the root object's members from the one the parser stands on, leaving the parser on the object's end.
     *
     * @throws UnreadableCatalogException when the file has no {@code Requirements}, a chapter, section or
     *                                    requirement lacks its code or text, a level is not 1, 2 or 3, two entries
     *                                    share a code, or there are more than {@code maxEntries} entries
     */
    public static FrameworkCatalog read(JsonParser parser, int maxEntries) throws IOException {
        return new AsvsCatalogReader(maxEntries).standard(parser);
    }

    private FrameworkCatalog standard(JsonParser parser) throws IOException {
        CatalogJson.eachRemainingMember(parser, name -> {
            switch (name) {
                case "Version" -> version = CatalogJson.text(parser, name);
                case "Description" -> description = CatalogJson.text(parser, name);
                case "Requirements" -> {
                    requirements = true;
                    CatalogJson.eachElement(parser, name, () -> group(parser, null, "chapter"));
                }
                default -> parser.skipChildren();
            }
        });
        if (!requirements) {
            throw new UnreadableCatalogException("The ASVS file has no \"Requirements\".");
        }
        List<CatalogEntry> entries = drafts.entries(UnaryOperator.identity(), UnaryOperator.identity());
        return new FrameworkCatalog(NAME, version, "OWASP", null, description, "standard", entries);
    }

    /** The members of a chapter or section, as read. */
    private static final class Members {
        String code;
        String name;
    }

    private void group(JsonParser parser, Slot parent, String kind) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw CatalogJson.refused(parser, "A " + kind + " must be a JSON object");
        }
        Slot slot = drafts.open(parser, parent, true);
        Members members = new Members();
        CatalogJson.eachMember(parser, "A " + kind, name -> {
            switch (name) {
                case "Shortcode" -> members.code = CatalogJson.text(parser, name);
                case "Name" -> members.name = CatalogJson.text(parser, name);
                case "Items" -> CatalogJson.eachElement(parser, name, () -> {
                    if (kind.equals("chapter")) {
                        group(parser, slot, "section");
                    } else {
                        requirement(parser, slot);
                    }
                });
                default -> parser.skipChildren();
            }
        });
        String where = "The " + kind + " " + CatalogDrafts.where(slot);
        drafts.fill(slot, new Draft(required(members.code, where, "Shortcode"), kind,
                required(members.name, where, "Name"), null, null, null, false, List.of()));
    }

    private void requirement(JsonParser parser, Slot section) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw CatalogJson.refused(parser, "A requirement must be a JSON object");
        }
        Slot slot = drafts.open(parser, section, false);
        JsonNode requirement = CatalogJson.tree(parser);
        String where = "The requirement " + CatalogDrafts.where(slot);
        String code = required(requirement.path("Shortcode").asText(null), where, "Shortcode");
        String text = required(requirement.path("Description").asText(null), where, "Description");
        if (DELETED.matcher(text).matches()) {
            Matcher duplicate = DUPLICATE.matcher(text);
            drafts.fill(slot, new Draft(code, null, text, text, null, null, true,
                    duplicate.find() ? List.of("V" + duplicate.group(1)) : List.of()));
        } else {
            drafts.fill(slot, new Draft(code, "L" + level(requirement, where), title(text), text, null, null, false,
                    List.of()));
        }
    }

    /** ASVS 5.0's {@code L}, or the first of 4.0's {@code L1}..{@code L3} that is required. */
    private static String level(JsonNode requirement, String where) {
        String level = requirement.has("L") ? requirement.path("L").asText()
                : LEVELS.stream().filter(l -> requirement.path("L" + l).path("Required").asBoolean()).findFirst()
                        .orElse("");
        if (!LEVELS.contains(level)) {
            throw new UnreadableCatalogException(where + " must have a level \"L\" of 1, 2 or 3.");
        }
        return level;
    }

    private static String title(String text) {
        if (text.length() <= TITLE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : TITLE_LENGTH - 1).stripTrailing() + "…";
    }

    private static String required(String value, String where, String member) {
        if (value == null || value.isBlank()) {
            throw new UnreadableCatalogException(where + " has no \"" + member + "\".");
        }
        return value.strip();
    }
}
