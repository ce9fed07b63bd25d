package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface ImportControlMappingsUseCase {

    /**
     * @throws UnreadableMappingFileException when the file cannot be read
     * @throws MappingImportRefusedException  when a row names an unknown control (unless the command skips those), a
     *                                        control mapped to itself, or a pair twice; a dry run reports these
     *                                        instead
     */
    MappingImportReport importMappings(Actor actor, ImportControlMappingsCommand command);
}
