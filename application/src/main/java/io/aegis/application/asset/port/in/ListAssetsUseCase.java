package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAssetsUseCase {

    Page<AssetView> list(Actor actor, ListAssetsQuery query);
}
