package io.aegis.application.identity;

import io.aegis.application.identity.port.in.LoginRecordsPurged;
import io.aegis.application.identity.port.in.PurgeLoginRecordsUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes, in one transaction, the failed sign-ins recorded and the login sessions ended more than {@code retention}
 * ago, and audits how many went (counts only: the audit trail keeps no copy of what was removed). A purge that finds
 * nothing records nothing.
 */
public record PurgeLoginRecordsService(UseCaseRunner run, LoginFailures failures, AuthTokenRepository tokens,
                                       Duration retention) implements PurgeLoginRecordsUseCase {

    static final String ACTION = "identity.purge_login_records";
    private static final String RESOURCE = "login_records";

    @Override
    public LoginRecordsPurged purge(Actor actor) {
        return run.change(actor, Permission.USER_ADMIN, ACTION, change -> {
            Instant cutoff = change.now().minus(retention);
            LoginRecordsPurged purged = new LoginRecordsPurged(cutoff, failures.forgetBefore(cutoff),
                    tokens.forgetEndedBefore(cutoff));
            if (purged.removedAny()) {
                change.record(new AuditEntry(change.actor(), change.now(), ACTION, RESOURCE, null, null, null,
                        purged, AuditEntry.Outcome.SUCCESS, null));
            }
            return purged;
        });
    }
}
