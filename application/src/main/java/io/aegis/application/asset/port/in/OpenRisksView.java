package io.aegis.application.asset.port.in;

import java.util.List;
import java.util.Objects;

/**
 * The open risks on an asset.
 *
 * @param total every open risk on the asset
 * @param named those of them the reader may read, as many as were asked for
 */
public record OpenRisksView(long total, List<NamedRisk> named) {

    public OpenRisksView {
        named = List.copyOf(named);
    }

    public boolean none() {
        return total == 0;
    }

    public record NamedRisk(long id, String title) {

        public NamedRisk {
            Objects.requireNonNull(title, "title");
        }
    }
}
