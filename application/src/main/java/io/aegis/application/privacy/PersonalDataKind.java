package io.aegis.application.privacy;

/** What a piece of personal data is: it decides how the data is protected and what an erasure does with it. */
public enum PersonalDataKind {
    /** Names or reaches a person directly: a name, a username, an e-mail address, a phone number, a directory id. */
    IDENTITY("identity"),
    /** Describes a person without naming them: department, job title, picture, preferences. */
    PROFILE("profile"),
    /** What a person's requests leave behind: IP addresses, user agents, times of use. */
    ONLINE_TRACE("online trace"),
    /** A credential, stored only as a one-way hash. */
    SECRET("credential"),
    /** Points at a person's user row: personal through the row it points at, which an erasure pseudonymises. */
    REFERENCE("reference to a person");

    private final String label;

    PersonalDataKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
