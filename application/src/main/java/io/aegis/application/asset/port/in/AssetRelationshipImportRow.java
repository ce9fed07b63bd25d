package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.shared.Description;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of a relationship import, as read by the adapter: either a well-formed edge, or the reasons it is not.
 *
 * @param row the row's number in the file, the header being row 1
 */
public record AssetRelationshipImportRow(int row, AssetKey source, AssetKey target, RelationshipType type,
                                         boolean critical, Optional<Description> description,
                                         List<ImportProblem> problems) {

    public AssetRelationshipImportRow {
        Objects.requireNonNull(description, "description");
        problems = List.copyOf(problems);
        if ((source == null || target == null || type == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row holds either an edge or the problems that stopped it");
        }
    }

    public static AssetRelationshipImportRow valid(int row, AssetKey source, AssetKey target, RelationshipType type,
                                                   boolean critical, Optional<Description> description) {
        return new AssetRelationshipImportRow(row, Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(target, "target"), Objects.requireNonNull(type, "type"), critical, description,
                List.of());
    }

    public static AssetRelationshipImportRow invalid(int row, List<ImportProblem> problems) {
        return new AssetRelationshipImportRow(row, null, null, null, false, Optional.empty(), problems);
    }
}
