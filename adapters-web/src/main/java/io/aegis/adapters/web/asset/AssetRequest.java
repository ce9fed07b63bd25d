package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.port.Patch;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /assets} and {@code PATCH /assets/{id}}: the editable columns of {@link AssetProfileFields},
 * each as the JSON type it takes. Their values are judged by that table, the one the CSV import uses too, so every
 * field here is a {@code Patch}: what a body leaves out takes its default on creation and stays on a change.
 * Timestamps are RFC 3339 text, which the table reads. {@code org_unit_id} is not a property of the profile but where
 * the asset belongs: named on creation (else placed by the rule of units), changed by a patch (a move), never cleared.
 * {@code is_active} is taken by a patch only: {@code true} restores a deactivated asset, {@code false} deactivates it.
 */
public record AssetRequest(Patch<String> name, Patch<String> description, Patch<String> assetType,
                           Patch<String> criticality, Patch<Long> categoryId, Patch<Long> ownerId,
                           Patch<String> ipAddress, Patch<String> hostname, Patch<String> operatingSystem,
                           Patch<String> version, Patch<String> location, Patch<String> environment,
                           Patch<String> businessUnit, Patch<String> costCenter, Patch<List<String>> complianceScope,
                           Patch<String> status, Patch<String> purchaseDate, Patch<String> warrantyExpiry,
                           Patch<String> lastScanDate, Patch<List<String>> tags,
                           Patch<Map<String, Object>> customFields, @NotClearable Patch<Long> orgUnitId,
                           @NotClearable Patch<Boolean> isActive) {

    /** Where the asset belongs and whether it is in service: not properties of its profile. */
    private static final Set<String> NOT_PROFILE = Set.of("orgUnitId", "isActive");
    private static final PropertyNamingStrategies.NamingBase JSON_NAMES =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    /**
     * The profile's fields the body sent, under their JSON names, as {@link AssetProfileFields} takes them (null
     * kept).
     */
    Map<String, Object> sent() {
        Map<String, Object> sent = new HashMap<>();
        for (RecordComponent component : AssetRequest.class.getRecordComponents()) {
            Patch<?> field = field(component);
            if (field.present() && !NOT_PROFILE.contains(component.getName())) {
                sent.put(JSON_NAMES.translate(component.getName()), field.value());
            }
        }
        return sent;
    }

    /** The unit the body names, if any; collect with FieldErrors. */
    Optional<OrgUnitId> orgUnit() {
        if (!orgUnitId.present()) {
            return Optional.empty();
        }
        long id = orgUnitId.value();
        if (id <= 0 || id > Integer.MAX_VALUE) {
            throw new InvalidValueException("org_unit_id", "must be the id of an organisational unit");
        }
        return Optional.of(new OrgUnitId(id));
    }

    private Patch<?> field(RecordComponent component) {
        try {
            return (Patch<?>) component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor failed", e);
        }
    }
}
