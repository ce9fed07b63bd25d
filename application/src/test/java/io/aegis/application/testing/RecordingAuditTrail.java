package io.aegis.application.testing;

import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import java.util.ArrayList;
import java.util.List;

public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
