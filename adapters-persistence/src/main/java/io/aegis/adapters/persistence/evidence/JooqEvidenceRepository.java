package io.aegis.adapters.persistence.evidence;

import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE;
import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_EVIDENCE;

import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.StoredFile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqEvidenceRepository implements EvidenceRepository {

    private final DSLContext dsl;

    public JooqEvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public EvidenceId insert(Evidence evidence) {
        return new EvidenceId(dsl.insertInto(EVIDENCE).set(EvidenceRows.newRow(evidence)).returningResult(EVIDENCE.ID)
                .fetchOne(EVIDENCE.ID));
    }

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return dsl.selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(EvidenceRows::toDomain);
    }

    @Override
    public void recordIntegrity(EvidenceId id, IntegrityStatus status, Instant checkedAt) {
        dsl.update(EVIDENCE)
                .set(EVIDENCE.INTEGRITY_STATUS, status.key())
                .set(EVIDENCE.INTEGRITY_CHECKED_AT, checkedAt)
                .set(EVIDENCE.UPDATED_AT, checkedAt)
                .where(EVIDENCE.ID.eq(Math.toIntExact(id.value())))
                .execute();
    }

    @Override
    public List<EvidenceId> expiredAndUnlinked(Instant now, int limit) {
        return dsl.select(EVIDENCE.ID).from(EVIDENCE)
                .where(EVIDENCE.RETENTION_DATE.lt(now))
                .andNotExists(DSL.selectOne().from(EVIDENCE_CONTROLS)
                        .where(EVIDENCE_CONTROLS.EVIDENCE_ID.eq(EVIDENCE.ID)))
                .andNotExists(DSL.selectOne().from(TASK_EVIDENCE).where(TASK_EVIDENCE.EVIDENCE_ID.eq(EVIDENCE.ID)))
                .orderBy(EVIDENCE.ID)
                .limit(limit)
                .fetch(row -> new EvidenceId(row.value1()));
    }

    @Override
    public void delete(EvidenceId id) {
        dsl.deleteFrom(EVIDENCE).where(EVIDENCE.ID.eq(Math.toIntExact(id.value()))).execute();
    }

    @Override
    public boolean names(String path) {
        // by the hash, which is indexed (the path is derived from it, and too long a column for a MySQL index)
        return StoredFile.hashAt(path).map(hash -> dsl.fetchExists(EVIDENCE, EVIDENCE.FILE_HASH.eq(hash)))
                .orElse(false);
    }
}
