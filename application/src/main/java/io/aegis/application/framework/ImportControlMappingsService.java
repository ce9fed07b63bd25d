package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ImportControlMappingsCommand;
import io.aegis.application.framework.port.in.ImportControlMappingsUseCase;
import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingImportReport;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.framework.port.out.MappingFileReader;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import java.util.List;

/**
 * Imports a mapping file between two frameworks ({@link MappingImport}), in one transaction; a dry run reports the
 * same without storing. The file is read whole before the transaction (a stream is read once, and the transaction
 * may run again), once the actor is known to hold the permission: nobody without it has a file parsed.
 */
public record ImportControlMappingsService(UseCaseRunner run, MappingFileReader reader, FrameworkReadModel frameworks,
                                           ControlReadModel controls, ControlMappingRepository mappings)
        implements ImportControlMappingsUseCase {

    @Override
    public MappingImportReport importMappings(Actor actor, ImportControlMappingsCommand command) {
        run.require(actor, Permission.FRAMEWORK_WRITE, MappingImport.ACTION);
        List<MappingFileRow> rows = reader.read(command.file(), command.format(),
                ImportControlMappingsCommand.MAX_ROWS);
        if (command.dryRun()) {
            return run.consistentRead(actor, Permission.FRAMEWORK_WRITE, MappingImport.ACTION,
                    () -> compare(rows, command).dryRun());
        }
        return run.change(actor, Permission.FRAMEWORK_WRITE, MappingImport.ACTION,
                change -> compare(rows, command).store(change, mappings));
    }

    private MappingImport compare(List<MappingFileRow> rows, ImportControlMappingsCommand command) {
        return MappingImport.compare(rows, command.source(), command.target(), command.skipUnknown(), frameworks,
                controls, mappings);
    }
}
