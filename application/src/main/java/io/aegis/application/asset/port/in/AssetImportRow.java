package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of an import, as read by the adapter: either a well-formed profile, or the reasons it is not.
 *
 * @param row        the row's number in the file, the header being row 1, so that a spreadsheet shows the same
 * @param profile    the row as a new asset: the columns it holds, the others at their defaults
 * @param cells      the profile's columns the row holds, as values {@link AssetProfileFields} takes (null for an
 *                   empty cell): what an update of a stored asset changes
 * @param active     {@code is_active}, when the row holds one; a new asset is active without it, so that an export of
 *                   inactive assets re-imports as it was
 * @param orgUnit    the unit the row names ({@code org_unit_id}); empty leaves it to
 *                   {@link io.aegis.application.port.UnitPlacement}, as a create does, or keeps a stored asset's
 * @param references the row's {@code id}, and the category and owner it names by name rather than by id
 */
public record AssetImportRow(int row, AssetProfile profile, Map<String, Object> cells, Optional<Boolean> active,
                             Optional<OrgUnitId> orgUnit, NamedReferences references, List<ImportProblem> problems) {

    public AssetImportRow {
        cells = Collections.unmodifiableMap(new HashMap<>(cells));
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(references, "references");
        problems = List.copyOf(problems);
        if ((profile == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row holds either a profile or the problems that stopped it");
        }
    }

    public static AssetImportRow valid(int row, AssetProfile profile, Map<String, Object> cells,
                                       Optional<Boolean> active, Optional<OrgUnitId> orgUnit,
                                       NamedReferences references) {
        return new AssetImportRow(row, Objects.requireNonNull(profile, "profile"), cells, active, orgUnit, references,
                List.of());
    }

    public static AssetImportRow invalid(int row, List<ImportProblem> problems) {
        return new AssetImportRow(row, null, Map.of(), Optional.empty(), Optional.empty(), NamedReferences.NONE,
                problems);
    }

    /**
     * @param id       the stored asset the row is ({@code id}), which an upsert updates
     * @param category the category's name ({@code category}), ignoring case
     * @param owner    the owner's username or email ({@code owner}), ignoring case
     */
    public record NamedReferences(Optional<AssetId> id, Optional<String> category, Optional<String> owner) {

        public static final NamedReferences NONE = new NamedReferences(Optional.empty(), Optional.empty(),
                Optional.empty());

        public NamedReferences {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(owner, "owner");
        }
    }
}
