package io.aegis.application.testing;

import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.application.audit.port.out.RecordedCheckpoint;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.audit.StoredAuditRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit trail's stored rows, chain state and checkpoint file in memory, written the way the persistence
 * adapter writes them; every read counts, so tests can see batching.
 */
public final class InMemoryAuditChain implements AuditChainReader, AuditSeals, AuditCheckpointLog {

    private static final AtomicLong FILES_STARTED = new AtomicLong();

    public final TreeMap<Long, StoredAuditRow> rows = new TreeMap<>();
    public final List<String> checkpointLines = new ArrayList<>();
    public final Map<String, RecordedCheckpoint> recordedCheckpoints = new HashMap<>();
    public Optional<AuditChainState> state = Optional.of(new AuditChainState(AuditChainHead.EMPTY, 0,
            Optional.empty()));
    public int batchReads;
    public int largestBatch;
    private final AuditKey key;

    public InMemoryAuditChain(AuditKey key) {
        this.key = key;
    }

    /** Writes {@code count} rows as changes do: each with its writer's MAC, waiting for the sealer. */
    public void write(int count) {
        for (int i = 0; i < count; i++) {
            long id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
            AuditContent content = content(id, "req-" + id);
            rows.put(id, StoredAuditRow.of(id, content, AuditSeal.written(key, content)));
        }
    }

    public static AuditContent content(long id, String requestId) {
        return new AuditContent("%032x".formatted(id), null, "asset.create", "asset", id, 1L, null,
                "{\"id\":" + id + "}", "127.0.0.1", "junit", null, requestId, null, "success", null,
                Instant.parse("2026-11-27T08:15:00.123Z"));
    }

    public AuditChainState currentState() {
        return state.orElseThrow();
    }

    @Override
    public Optional<AuditChainState> state() {
        return state;
    }

    @Override
    public List<StoredAuditRow> sealed(long afterSeq, long throughSeq, int limit) {
        return counted(rows.values().stream().filter(r -> r.seal().chained())
                .filter(r -> r.seal().chainSeq() > afterSeq && r.seal().chainSeq() <= throughSeq)
                .sorted(Comparator.comparing(r -> r.seal().chainSeq())).limit(limit).toList());
    }

    @Override
    public List<StoredAuditRow> pending(long afterId, int limit) {
        return counted(rows.tailMap(afterId, false).values().stream().filter(r -> !r.seal().chained())
                .limit(limit).toList());
    }

    private List<StoredAuditRow> counted(List<StoredAuditRow> batch) {
        batchReads++;
        largestBatch = Math.max(largestBatch, batch.size());
        return batch;
    }

    @Override
    public Optional<StoredAuditRow> atPlace(long seq) {
        return rows.values().stream().filter(r -> Long.valueOf(seq).equals(r.seal().chainSeq())).findFirst();
    }

    @Override
    public Optional<Long> firstPlaceAfter(long seq) {
        return rows.values().stream().map(r -> r.seal().chainSeq()).filter(s -> s != null && s > seq)
                .min(Long::compare);
    }

    @Override
    public long legacyRows(long throughId) {
        return rows.headMap(throughId, true).values().stream().filter(r -> !r.seal().chained()).count();
    }

    @Override
    public Optional<AuditChainState> lockState() {
        return state;
    }

    @Override
    public void seal(Map<Long, AuditSeal> seals) {
        seals.forEach((id, seal) -> rows.put(id, new StoredAuditRow(id, rows.get(id).content(), seal)));
    }

    @Override
    public void moveHead(AuditChainHead head) {
        AuditChainState s = currentState();
        state = Optional.of(new AuditChainState(head, s.legacyThroughId(), s.brokenReason()));
    }

    @Override
    public void markBroken(String reason) {
        AuditChainState s = currentState();
        state = Optional.of(new AuditChainState(s.head(), s.legacyThroughId(), Optional.of(reason)));
    }

    @Override
    public void recordCheckpoint(String fileId, long number, String lineHash) {
        recordedCheckpoints.merge(fileId, new RecordedCheckpoint(number, lineHash),
                (old, recorded) -> recorded.number() > old.number() ? recorded : old);
    }

    @Override
    public Optional<RecordedCheckpoint> recordedCheckpoint(String fileId) {
        return Optional.ofNullable(recordedCheckpoints.get(fileId));
    }

    @Override
    public long checkpointFiles() {
        return recordedCheckpoints.size();
    }

    @Override
    public List<String> lines() {
        return List.copyOf(checkpointLines);
    }

    @Override
    public Optional<String> firstLine() {
        return checkpointLines.stream().findFirst();
    }

    @Override
    public Optional<String> lastLine() {
        return checkpointLines.isEmpty() ? Optional.empty()
                : Optional.of(checkpointLines.get(checkpointLines.size() - 1));
    }

    @Override
    public String newFileSeed() {
        return "%064x".formatted(FILES_STARTED.incrementAndGet());
    }

    @Override
    public boolean append(String line, Optional<String> after) {
        if (!lastLine().equals(after)) {
            return false;
        }
        checkpointLines.add(line);
        return true;
    }
}
