package io.aegis.application.audit;

import io.aegis.application.audit.port.in.CheckAuditChainUseCase;
import io.aegis.application.audit.port.out.AuditChainReader;

public final class CheckAuditChainService implements CheckAuditChainUseCase {

    private final AuditChainReader chain;

    public CheckAuditChainService(AuditChainReader chain) {
        this.chain = chain;
    }

    @Override
    public boolean intact() {
        return chain.state().map(state -> state.brokenReason().isEmpty()).orElse(false);
    }
}
