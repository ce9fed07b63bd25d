package io.aegis.application.framework;

import io.aegis.application.framework.port.in.BaselineImportReport;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.ImportBaselineCommand;
import io.aegis.application.framework.port.in.ImportBaselineUseCase;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

/**
 * Imports a baseline profile into a framework ({@link BaselineImport}). The profile is read before the transaction,
 * once the actor is known to hold the permission, so nobody without it has a file parsed.
 */
public record ImportBaselineService(UseCaseRunner run, CatalogReader reader, FrameworkRepository frameworks,
                                    ControlRepository controls, BaselineRepository baselines)
        implements ImportBaselineUseCase {

    @Override
    public BaselineImportReport importBaseline(Actor actor, ImportBaselineCommand command) {
        run.require(actor, Permission.FRAMEWORK_WRITE, BaselineImport.ACTION);
        BaselineProfile profile = reader.readProfile(command.file());
        return run.change(actor, Permission.FRAMEWORK_WRITE, BaselineImport.ACTION, change -> {
            frameworks.findById(command.framework()).orElseThrow(() -> new NotFoundException(
                    FrameworkServiceSupport.RESOURCE, command.framework()));
            return BaselineImport.store(change, command.framework(), profile, controls, baselines);
        });
    }
}
