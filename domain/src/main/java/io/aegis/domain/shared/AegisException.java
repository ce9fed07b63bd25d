package io.aegis.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Base of every exception Aegis throws on purpose. The {@link #code()} is stable: clients and the web
 * layer's error table key on it, so it never changes once released. An exception that knows more than its
 * message offers it in {@link #details()}, so that no adapter has to know the exception to pass it on.
 */
public abstract class AegisException extends RuntimeException {

    private final String code;

    protected AegisException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    /**
     * What a client can act on besides the message, by member name (the web adapter adds them to the problem
     * document: the moves a risk may make instead, an import's row-by-row report). None by default.
     */
    public Map<String, Object> details() {
        return Map.of();
    }
}
