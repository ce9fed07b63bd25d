package io.aegis.application.framework.port.in;

/** A control named where another is shown: its parent, its children, where it moved to, a node of the tree. */
public record ControlSummary(long id, String controlId, String title, boolean group, boolean active) {
}
