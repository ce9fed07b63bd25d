package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.AegisCore;
import io.aegis.application.evidence.port.in.PurgeReport;
import io.aegis.application.port.Actor;
import java.io.PrintStream;

/**
 * {@code java -jar aegis.jar evidence purge}: what the purge job does every {@code AEGIS_EVIDENCE_PURGE_MINUTES}, now:
 * removes evidence past its retention date that nothing links to, and the files no evidence names, each audited.
 */
final class EvidencePurgeCommand {

    private EvidencePurgeCommand() {
    }

    static int run(AegisConfig config, PrintStream out) {
        try (Database database = Wiring.connect(config)) {
            database.migrate();
            PurgeReport report = new AegisCore(Wiring.adapters(database, config, AuditKeys.loadOrCreate(
                    config.audit()))).evidence().purge().purge(Actor.system("evidence purge"));
            out.println("evidence purged: " + report.evidence().size() + " expired evidence removed "
                    + report.evidence() + ", " + report.files().size() + " files no evidence names removed");
            return Main.OK;
        }
    }
}
