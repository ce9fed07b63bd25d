package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface ImportAssetsUseCase {

    /**
     * Checks every row as a create would (owner, category and the asset rules) and stores the accepted ones in
     * one transaction, each audited; with all-or-nothing, stores nothing when any row is refused.
     */
    AssetImportReport importAssets(Actor actor, ImportAssetsCommand command);
}
