package io.aegis.application.audit.port.in;

/**
 * The audit context's inbound ports. {@code sealAuditTrail} and {@code checkpointAuditTrail} are the sealing
 * job's steps: whoever runs Aegis calls them on a schedule, or rows stay unsealed (see docs/EMBEDDING.md).
 */
public record AuditPorts(ListAuditLogsUseCase listAuditLogs, VerifyAuditChainUseCase verifyAuditChain,
                         SealAuditTrailUseCase sealAuditTrail, CheckpointAuditTrailUseCase checkpointAuditTrail) {
}
