package io.aegis.adapters.web;

/**
 * A form post the server will not act on: sent from another site, or without the CSRF token of the session it
 * came with (a stale page, or a forgery). 403, and nothing changes.
 */
public final class FormRefusedException extends RuntimeException {

    private final String code;

    private FormRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    static FormRefusedException crossSite() {
        return new FormRefusedException("cross_site_form", "the form was sent from another site");
    }

    static FormRefusedException staleToken() {
        return new FormRefusedException("csrf_token_invalid",
                "the form has expired or was not made by this session: reload the page and send it again");
    }

    public String code() {
        return code;
    }
}
