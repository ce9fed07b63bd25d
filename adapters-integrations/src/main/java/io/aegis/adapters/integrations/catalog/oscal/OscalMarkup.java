package io.aegis.adapters.integrations.catalog.oscal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OSCAL's prose is Markdown ("markup-multiline"); Aegis stores plain text. Links keep their text, emphasis and code
 * marks go, backslash escapes are undone, and each paragraph becomes one line. Parameter insertions
 * ({@code {{ insert: param, id }}}) are left for {@link OscalParameters}.
 */
final class OscalMarkup {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    // an escaped star (\\*) is a star, never emphasis
    private static final Pattern STRONG = Pattern.compile("(?<!\\\\)\\*\\*(\\S(?:.*?\\S)?)(?<!\\\\)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\w*\\\\])\\*(\\S(?:.*?\\S)?)(?<!\\\\)\\*(?![\\w*])");
    // an escaped backtick (\\`) is a backtick, never code
    private static final Pattern CODE = Pattern.compile("(?<!\\\\)`([^`]*)(?<!\\\\)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!&<>|~\"'])");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OscalMarkup() {
    }

    /** The paragraphs of {@code markdown} as plain text, one line each; null for null. */
    static String plain(String markdown) {
        return markdown == null ? null : String.join("\n", paragraphs(markdown));
    }

    /** The non-blank paragraphs of {@code markdown}, each as one line of plain text. */
    static List<String> paragraphs(String markdown) {
        return Arrays.stream(PARAGRAPH_BREAK.split(markdown))
                .map(OscalMarkup::inline)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    private static String inline(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
