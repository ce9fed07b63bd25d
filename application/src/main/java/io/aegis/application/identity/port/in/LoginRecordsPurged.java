package io.aegis.application.identity.port.in;

import java.time.Instant;

/**
 * What a purge of login records removed: what was recorded, or ended, before {@code before}.
 *
 * @param failures failed sign-ins removed
 * @param sessions ended login sessions removed
 */
public record LoginRecordsPurged(Instant before, int failures, int sessions) {

    public boolean removedAny() {
        return failures > 0 || sessions > 0;
    }
}
