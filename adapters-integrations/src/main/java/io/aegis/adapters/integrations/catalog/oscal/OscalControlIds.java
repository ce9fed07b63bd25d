package io.aegis.adapters.integrations.catalog.oscal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile names controls by their OSCAL id ({@code ac-2.1}); Aegis knows them by their display label
 * ({@code AC-2(1)}). NIST's 800-53 convention: the family's letters and the control's number, then each
 * enhancement's number after a dot; the label is the same upper-cased, with each enhancement's number in
 * parentheses. Any other id is upper-cased ({@code gv.oc-01} is CSF's {@code GV.OC-01}).
 */
final class OscalControlIds {

    private static final Pattern SP800_53 = Pattern.compile("([a-z]{2,3})-(\\d+)((?:\\.\\d+)*)",
            Pattern.CASE_INSENSITIVE);

    private OscalControlIds() {
    }

    static String label(String id) {
        Matcher control = SP800_53.matcher(id);
        if (!control.matches()) {
            return id.toUpperCase(Locale.ROOT);
        }
        StringBuilder label = new StringBuilder(control.group(1).toUpperCase(Locale.ROOT)).append('-')
                .append(control.group(2));
        for (String enhancement : control.group(3).split("\\.")) {
            if (!enhancement.isEmpty()) {
                label.append('(').append(enhancement).append(')');
            }
        }
        return label.toString();
    }
}
