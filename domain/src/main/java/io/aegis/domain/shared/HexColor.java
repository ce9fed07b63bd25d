package io.aegis.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A colour for the UI as {@code #RRGGBB}; stored upper-case so equal colours compare equal. */
public record HexColor(String value) {

    private static final Pattern SHAPE = Pattern.compile("#[0-9A-Fa-f]{6}");

    public HexColor {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("color", "must be a hex colour like #1A2B3C");
        }
        value = value.toUpperCase(Locale.ROOT);
    }
}
