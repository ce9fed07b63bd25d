package io.aegis.application.testing;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskAcceptanceStatus;
import io.aegis.domain.risk.RiskId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Risk acceptances in memory, for the services' tests; behaves as {@code JooqRiskAcceptanceRepository}. */
public final class InMemoryRiskAcceptances implements RiskAcceptanceRepository {

    private final List<RiskAcceptance> rows = new ArrayList<>();

    @Override
    public synchronized RiskAcceptance insert(RiskAcceptance acceptance) {
        RiskAcceptance stored = acceptance.storedAs(new RiskAcceptanceId(rows.size() + 1L));
        rows.add(stored);
        return stored;
    }

    @Override
    public synchronized boolean decide(RiskAcceptance decided) {
        int index = (int) decided.id().orElseThrow().value() - 1;
        if (rows.get(index).status() != RiskAcceptanceStatus.PENDING) {
            return false;
        }
        rows.set(index, decided);
        return true;
    }

    @Override
    public synchronized Optional<RiskAcceptance> findById(RiskAcceptanceId id) {
        return rows.stream().filter(row -> row.id().orElseThrow().equals(id)).findFirst();
    }

    @Override
    public synchronized boolean pendingExists(RiskId risk) {
        return rows.stream().anyMatch(row -> row.riskId().equals(risk) && row.status() == RiskAcceptanceStatus.PENDING);
    }

    @Override
    public synchronized Optional<RiskAcceptance> lastApproved(RiskId risk) {
        return newestFirst(risk).stream().filter(row -> row.status() == RiskAcceptanceStatus.APPROVED).findFirst();
    }

    @Override
    public synchronized Page<RiskAcceptance> of(RiskId risk, PageRequest page) {
        List<RiskAcceptance> all = newestFirst(risk);
        return Page.of(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page);
    }

    private List<RiskAcceptance> newestFirst(RiskId risk) {
        return rows.stream().filter(row -> row.riskId().equals(risk))
                .sorted(Comparator.comparing((RiskAcceptance row) -> row.id().orElseThrow().value()).reversed())
                .toList();
    }
}
