package io.aegis.application.identity.port.in;

/** A new key with its secret: the only moment the secret is ever shown. */
public record ApiKeyCreatedView(ApiKeyView key, String secret) {

    @Override
    public String toString() {
        return "ApiKeyCreatedView[key=" + key + ", secret=[redacted]]";
    }
}
