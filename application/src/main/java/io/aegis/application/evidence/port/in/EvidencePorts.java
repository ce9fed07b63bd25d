package io.aegis.application.evidence.port.in;

/** The evidence context's inbound ports: uploads, reads and downloads, links to controls and tasks, the purge. */
public record EvidencePorts(UploadEvidenceUseCase upload, GetEvidenceUseCase get, ListEvidenceUseCase list,
                            GetEvidenceContentUseCase content, LinkControlUseCase linkControl,
                            UnlinkControlUseCase unlinkControl, ListControlLinksUseCase controlLinks,
                            LinkTaskUseCase linkTask, ListTaskLinksUseCase taskLinks, PurgeEvidenceUseCase purge) {
}
