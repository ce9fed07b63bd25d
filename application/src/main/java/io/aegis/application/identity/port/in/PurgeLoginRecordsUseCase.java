package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

/**
 * Removes the login records past their retention (issue #18, point 5): failed sign-ins, with the name and address
 * they came from, and ended sessions, with the address and user agent they were issued to. A job runs it on one node
 * at a time.
 */
public interface PurgeLoginRecordsUseCase {

    LoginRecordsPurged purge(Actor actor);
}
