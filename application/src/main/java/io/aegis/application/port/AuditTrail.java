package io.aegis.application.port;

/**
 * Where every change is recorded. Called inside the transaction of the change it describes, so a change
 * never commits without its entry and an entry never outlives a rolled-back change.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
