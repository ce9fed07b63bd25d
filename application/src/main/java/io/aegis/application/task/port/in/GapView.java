package io.aegis.application.task.port.in;

/**
 * A control of a completed assessment that needs remediation, with the priority its task gets, and the task already
 * made for it (null while there is none).
 */
public record GapView(long controlId, String controlLabel, String controlTitle, String implementationStatus,
                      String priority, Long taskId) {
}
