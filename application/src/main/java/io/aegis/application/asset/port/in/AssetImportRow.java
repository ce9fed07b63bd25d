package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of an import, as read by the adapter: either a well-formed profile, or the reasons it is not.
 *
 * @param row    the row's number in the file, the header being row 1, so that a spreadsheet shows the same
 * @param active whether the asset is stored active ({@code is_active}); an export of inactive assets then
 *               re-imports as it was
 * @param orgUnit the unit the row names ({@code org_unit_id}); empty leaves it to
 *                {@link io.aegis.application.port.UnitPlacement}, as a create does
 */
public record AssetImportRow(int row, AssetProfile profile, boolean active, Optional<OrgUnitId> orgUnit,
                             List<ImportProblem> problems) {

    public AssetImportRow {
        Objects.requireNonNull(orgUnit, "orgUnit");
        problems = List.copyOf(problems);
        if ((profile == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row holds either a profile or the problems that stopped it");
        }
    }

    public static AssetImportRow valid(int row, AssetProfile profile, boolean active, Optional<OrgUnitId> orgUnit) {
        return new AssetImportRow(row, Objects.requireNonNull(profile, "profile"), active, orgUnit, List.of());
    }

    public static AssetImportRow invalid(int row, List<ImportProblem> problems) {
        return new AssetImportRow(row, null, true, Optional.empty(), problems);
    }
}
