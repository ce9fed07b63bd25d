package io.aegis.application.audit;

import io.aegis.application.audit.port.in.SealAuditTrailUseCase;
import io.aegis.application.audit.port.in.SealOutcome;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.application.port.Transactions;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.audit.StoredAuditRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chains waiting rows in batches, each batch one transaction that holds the chain's state locked: sealers on
 * several nodes take turns, and the writers of the rows never wait for any of them. Before it seals, each batch
 * checks the chain's end (the head's row is intact, nothing is sealed beyond it) and every row it is about to
 * vouch for (written by Aegis under the key, unchanged); at the first fault it records the chain as broken, which
 * stops every write on every node, instead of sealing.
 */
public final class SealAuditTrailService implements SealAuditTrailUseCase {

    static final int BATCH_SIZE = 1_000;

    private final AuditChainReader chain;
    private final AuditSeals seals;
    private final AuditKey key;
    private final Transactions transactions;
    private final int batchSize;

    public SealAuditTrailService(AuditChainReader chain, AuditSeals seals, AuditKey key, Transactions transactions) {
        this(chain, seals, key, transactions, BATCH_SIZE);
    }

    SealAuditTrailService(AuditChainReader chain, AuditSeals seals, AuditKey key, Transactions transactions,
                          int batchSize) {
        this.chain = chain;
        this.seals = seals;
        this.key = key;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    @Override
    public SealOutcome seal() {
        SealOutcome total = SealOutcome.sealed(0);
        SealOutcome batch;
        do {
            batch = transactions.inTransaction(this::sealBatch);
            total = total.plus(batch);
        } while (batch.brokenReason().isEmpty() && batch.sealed() == batchSize);
        return total;
    }

    private SealOutcome sealBatch() {
        Optional<AuditChainState> state = seals.lockState();
        if (state.isEmpty()) {
            return SealOutcome.broken("the audit_chain_head row is missing");
        }
        if (state.get().brokenReason().isPresent()) {
            return SealOutcome.broken(state.get().brokenReason().get());
        }
        AuditChainHead head = state.get().head();
        Optional<String> fault = head.fault(chain.atPlace(head.lastSeq()), chain.firstPlaceAfter(head.lastSeq()), key);
        if (fault.isPresent()) {
            return brokenBy(fault.get());
        }
        List<StoredAuditRow> waiting = chain.pending(state.get().legacyThroughId(), batchSize);
        Map<Long, AuditSeal> sealed = new LinkedHashMap<>();
        for (StoredAuditRow row : waiting) {
            Optional<String> forged = row.entryFault(key);
            if (forged.isPresent()) {
                return brokenBy(forged.get());
            }
            AuditSeal seal = head.sealNext(row, key);
            sealed.put(row.id(), seal);
            head = head.after(seal);
        }
        if (!sealed.isEmpty()) {
            seals.seal(sealed);
            seals.moveHead(head);
        }
        return SealOutcome.sealed(sealed.size());
    }

    private SealOutcome brokenBy(String reason) {
        seals.markBroken(reason);
        return SealOutcome.broken(reason);
    }
}
