package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface ImportBaselineUseCase {

    BaselineImportReport importBaseline(Actor actor, ImportBaselineCommand command);
}
