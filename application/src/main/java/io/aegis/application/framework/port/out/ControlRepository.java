package io.aegis.application.framework.port.out;

import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.List;

/** A framework's controls, written in bulk as a catalog import changes them. */
public interface ControlRepository {

    /** Every control of the framework, withdrawn ones included, in catalog order. */
    List<Control> ofFramework(FrameworkId framework);

    /**
     * Stores new controls of one framework, in as few statements as the database allows. Each control's parent (by
     * label) is a stored control of the framework or one of {@code controls}, in any order.
     *
     * @return the controls with their assigned ids, in the order given
     */
    List<Control> insertAll(List<Control> controls);

    /**
     * Stores changed controls of one framework (their parents may be new: insert those first), each only if its
     * stored version is still the expected one.
     *
     * @return false when some stored version differed: the caller's transaction must be undone
     */
    boolean updateAll(List<Control> controls, List<Instant> expectedVersions);
}
