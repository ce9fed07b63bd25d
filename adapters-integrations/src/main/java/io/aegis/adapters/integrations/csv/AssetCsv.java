package io.aegis.adapters.integrations.csv;

import java.util.List;
import java.util.Set;

/**
 * The CSV form of assets (RFC 4180, UTF-8, a header row naming columns of {@code assets}), shared by its reader
 * and writer. Export writes every column; import reads the editable ones plus {@code is_active},
 * {@code org_unit_id} (the unit, last so that files written before units existed keep their order) and {@code id}
 * (the asset an upsert updates), may name the category and the owner by name ({@code category}, {@code owner}), and
 * ignores the other columns Aegis assigns itself, so an export re-imports as it is, into the same units, and updates
 * the same assets. An empty cell is an absent value; JSON columns hold JSON text; dates are RFC 3339.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a cell starting with {@code = + - @}, a tab or a carriage
 * return would run as a formula in a spreadsheet, so export prefixes it with an apostrophe; an apostrophe that
 * starts a cell is doubled for the same reason. Import removes one leading apostrophe from every cell, so both
 * come back exactly as they were ({@link CsvRecords#escape}).
 */
final class AssetCsv {

    static final List<String> COLUMNS = List.of("id", "name", "description", "asset_type", "criticality",
            "category_id", "owner_id", "ip_address", "hostname", "operating_system", "version", "location",
            "environment", "business_unit", "cost_center", "compliance_scope", "status", "purchase_date",
            "warranty_expiry", "last_scan_date", "tags", "custom_fields", "is_active", "created_at", "updated_at",
            "created_by", "org_unit_id");
    /** Read by import only: a category and an owner named by name (an owner by username or email), not by id. */
    static final List<String> NAMED_REFERENCES = List.of("category", "owner");
    /** Assigned by Aegis, so ignored by import; {@code id} too, except as the stored asset an upsert matches. */
    static final Set<String> ASSIGNED_BY_AEGIS = Set.of("created_at", "updated_at", "created_by");

    private AssetCsv() {
    }
}
