package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.AegisCore;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.port.Actor;
import java.io.PrintStream;

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
            ChainVerificationView result = new AegisCore(Wiring.adapters(database, config,
                    AuditKeys.load(config.audit()))).audit().verifyAuditChain().verify(Actor.system("audit verify"));
            String unsealed = result.unsealedRows() == 0 ? ""
                    : "; " + result.unsealedRows() + " older rows carry no hash";
            String pending = result.pendingRows() == 0 ? ""
                    : "; " + result.pendingRows() + " newer rows intact, waiting for the sealer";
            if (result.ok()) {
                out.println("audit trail intact: " + result.rowsChecked() + " sealed rows checked"
                        + (result.lastSeq() == null ? "" : ", chain ends at place " + result.lastSeq() + " with hash "
                        + result.lastHash())
                        + (result.checkpointNumber() == null ? ", no checkpoint yet"
                        : ", agrees with checkpoint " + result.checkpointNumber() + " at place "
                        + result.checkpointSeq()) + pending + unsealed);
                return Main.OK;
            }
            out.println("audit trail BROKEN" + (result.brokenRowId() == null ? "" : " at row " + result.brokenRowId())
                    + (result.brokenSeq() == null ? "" : " (place " + result.brokenSeq() + ")")
                    + " [" + result.reason() + "]: " + result.detail() + "; intact sealed rows before it: "
                    + result.rowsChecked() + unsealed);
            return Main.FAILED;
        }
    }
}
