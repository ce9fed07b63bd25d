package io.aegis.domain.shared;

import java.util.Objects;

/**
 * Base of every exception Aegis throws on purpose. The {@link #code()} is stable: clients and the web
 * layer's error table key on it, so it never changes once released.
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
}
