package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * A catalog shipped inside Aegis, importable offline by its key.
 *
 * @param licence      the licence its content is shipped under, with the attribution it asks for
 * @param baselineKeys the baselines imported with it
 */
public record BundledCatalogView(String key, String title, String licence, List<String> baselineKeys) {

    public BundledCatalogView {
        baselineKeys = List.copyOf(baselineKeys);
    }
}
