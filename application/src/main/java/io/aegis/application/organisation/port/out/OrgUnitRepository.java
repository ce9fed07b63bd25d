package io.aegis.application.organisation.port.out;

import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public interface OrgUnitRepository {

    /** Every unit, active or not, with its parent (none for the root): what {@code OrgUnitTree.of} is built from. */
    Map<OrgUnitId, Optional<OrgUnitId>> parentLinks();

    /**
     * The same links, read by a change to the tree before anything else: it holds every unit until the transaction
     * ends (MySQL/MariaDB: a locking read; SQLite's writers take turns anyway), so that changes to the tree take
     * turns: two concurrent moves cannot both pass the cycle check, nor a unit be created under one being
     * deactivated.
     */
    Map<OrgUnitId, Optional<OrgUnitId>> lockedParentLinks();

    Optional<OrgUnit> findById(OrgUnitId id);

    /** Whether another unit under {@code parent} (active or not, other than {@code except}) has this name, ignoring case. */
    boolean nameTaken(OrgUnitName name, OrgUnitId parent, Optional<OrgUnitId> except);

    /** What {@code unit} holds: active child units, active assets, risks and risk matrices, role assignments. */
    OrgUnitContents contentsOf(OrgUnitId unit);

    /** Stores a new unit and returns it with its assigned id. */
    OrgUnit insert(OrgUnit unit);

    /**
     * Stores the changed unit if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(OrgUnit unit, Instant expectedVersion);
}
