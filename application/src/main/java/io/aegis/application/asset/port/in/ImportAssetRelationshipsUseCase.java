package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface ImportAssetRelationshipsUseCase {

    /**
     * Records the file's relationships as {@link CreateAssetRelationshipUseCase} records one, each refusal a row
     * error, in one transaction; one audit entry per relationship.
     *
     * @throws UnreadableImportException when the file is not of the format or holds too many rows
     */
    AssetImportReport importRelationships(Actor actor, ImportAssetRelationshipsCommand command);
}
