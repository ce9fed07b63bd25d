package io.aegis.domain.audit;

import java.util.Objects;

/**
 * A stored row of the audit trail: its id and what it says.
 *
 * @param id the row's id; part of the seal of rows in form {@value AuditChain#V1} only, since later rows are
 *           sealed before the database numbers them (their {@code entryId} plays that part)
 */
public record AuditRecord(long id, AuditContent content) {

    public AuditRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("an audit row's id is positive, not " + id);
        }
        Objects.requireNonNull(content, "content");
    }
}
