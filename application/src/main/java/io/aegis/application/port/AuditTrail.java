package io.aegis.application.port;

import java.util.List;

/**
 * Where every change is recorded. Called inside the transaction of the change it describes, so a change
 * never commits without its entry and an entry never outlives a rolled-back change.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /**
     * Records {@code entries} in their order: what a bulk change (an import) writes. Stores that can append many
     * rows at once override this; the default records them one by one.
     */
    default void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }
}
