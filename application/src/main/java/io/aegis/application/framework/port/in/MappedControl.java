package io.aegis.application.framework.port.in;

/**
 * A control named at one end of a mapping or reached through mappings: its id and label, with its framework.
 *
 * @param controlId the label ({@code AC-2(1)})
 */
public record MappedControl(long id, String controlId, String title, long frameworkId, String frameworkName) {
}
