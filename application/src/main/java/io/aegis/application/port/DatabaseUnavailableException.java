package io.aegis.application.port;

/**
 * The connection to the database failed (it stopped, or the network to it did) or no connection could be had in
 * time. The request is not run again here: when the connection was lost during a COMMIT, the change may have been
 * stored or not, and only the client, after looking, can tell whether to repeat it. Other database nodes or a
 * restarted server take the next request.
 */
public class DatabaseUnavailableException extends RetryLaterException {

    public DatabaseUnavailableException(Throwable cause) {
        super("database_unavailable", "the database could not be reached; a change sent with this request may or may"
                + " not have been made: look before sending it again", cause);
    }
}
