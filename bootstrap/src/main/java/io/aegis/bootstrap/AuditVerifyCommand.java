package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.port.Actor;
import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code java -jar aegis.jar audit verify}: checks the audit trail's hash chain, as
 * {@code GET /api/v1/audit-logs/verify} does, for cron jobs and for when the server is down. It only reads:
 * the database is not migrated first.
 */
final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    /** @return {@link Main#OK} when the trail is intact, {@link Main#FAILED} naming the first broken row */
    static int run(AegisConfig config, PrintStream out) {
        try (Database database = Wiring.connect(config)) {
            ChainVerificationView result = new Wiring.UseCases(database, config, Clock.systemUTC())
                    .verifyAuditChain().verify(Actor.system("audit verify"));
            String unsealed = result.unsealedRows() == 0 ? ""
                    : "; " + result.unsealedRows() + " older rows carry no hash";
            if (result.ok()) {
                out.println("audit trail intact: " + result.rowsChecked() + " rows checked"
                        + (result.lastId() == null ? "" : ", last row " + result.lastId() + " has hash "
                        + result.lastHash() + " (keep it to detect a rewrite later)") + unsealed);
                return Main.OK;
            }
            out.println("audit trail BROKEN at row " + result.brokenRowId() + " (" + result.reason() + "): "
                    + result.detail() + "; intact rows before it: " + result.rowsChecked() + unsealed);
            return Main.FAILED;
        }
    }
}
