package io.aegis.domain.framework;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded mapping between two controls, usually of two frameworks: "source RELATIONSHIP target" with its
 * rationale, confidence and strength. One direction is stored; the other end reads it through
 * {@link MappingTerms#inverse()}, so a pair of controls is mapped once whichever end it was recorded from.
 */
public final class ControlMapping implements Versioned {

    private final ControlMappingId id;
    private final ControlId source;
    private final ControlId target;
    private final MappingTerms terms;
    private final UserId createdBy;
    private final Revision revision;

    private ControlMapping(ControlMappingId id, ControlId source, ControlId target, MappingTerms terms,
                           UserId createdBy, Revision revision) {
        this.id = id;
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.createdBy = createdBy;
        this.revision = Objects.requireNonNull(revision, "revision");
        if (source.equals(target)) {
            throw new RuleViolationException("self_mapping", "a control cannot be mapped to itself");
        }
    }

    /** A mapping recorded {@code now}; it has no id until it is stored. */
    public static ControlMapping record(ControlId source, ControlId target, MappingTerms terms,
                                        Optional<UserId> createdBy, Instant now) {
        return new ControlMapping(null, source, target, terms, createdBy.orElse(null), Revision.first(now));
    }

    /** Rehydrates a stored mapping. A row never updated has no update time: its creation time stands in. */
    public static ControlMapping restore(ControlMappingId id, ControlId source, ControlId target, MappingTerms terms,
                                         UserId createdBy, Instant createdAt, Instant updatedAt) {
        return new ControlMapping(Objects.requireNonNull(id, "id"), source, target, terms, createdBy,
                Revision.stored(createdAt, updatedAt));
    }

    public ControlMapping identifiedAs(ControlMappingId assignedId) {
        return new ControlMapping(Objects.requireNonNull(assignedId), source, target, terms, createdBy, revision);
    }

    /** The mapping saying {@code newTerms}; the same instance when they are what it says already. */
    public ControlMapping revise(MappingTerms newTerms, Instant now) {
        return newTerms.equals(terms) ? this
                : new ControlMapping(id, source, target, newTerms, createdBy, revision.next(now));
    }

    /** The mapping saying {@code newTerms} as read from {@code end}, one of its ends. */
    public ControlMapping reviseFrom(ControlId end, MappingTerms newTerms, Instant now) {
        return revise(isSource(end) ? newTerms : newTerms.inverse(), now);
    }

    /** What this mapping says read from {@code end}, one of its ends: its terms, or their inverse from the target. */
    public MappingTerms termsFrom(ControlId end) {
        return isSource(end) ? terms : terms.inverse();
    }

    /** Whether this maps {@code a} and {@code b}, in either direction. */
    public boolean joins(ControlId a, ControlId b) {
        return source.equals(a) && target.equals(b) || source.equals(b) && target.equals(a);
    }

    /** The fields in which {@code after} differs from {@code before}, by their API names ({@code mapping_type}, ...). */
    public static List<String> differences(MappingTerms before, MappingTerms after) {
        List<String> fields = new ArrayList<>();
        if (before.relationship() != after.relationship()) {
            fields.add("mapping_type");
        }
        if (!before.rationale().equals(after.rationale())) {
            fields.add("mapping_rationale");
        }
        if (!before.confidence().equals(after.confidence())) {
            fields.add("confidence_level");
        }
        if (!before.strength().equals(after.strength())) {
            fields.add("strength");
        }
        return List.copyOf(fields);
    }

    /** This mapping as a walk crosses it. */
    public MappingLink link() {
        return new MappingLink(id.value(), source, target, terms.relationship(), terms.confidence(),
                terms.strength());
    }

    private boolean isSource(ControlId end) {
        if (!end.equals(source) && !end.equals(target)) {
            throw new IllegalArgumentException("control " + end + " is no end of mapping " + id);
        }
        return end.equals(source);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<ControlMappingId> id() {
        return Optional.ofNullable(id);
    }

    public ControlId source() {
        return source;
    }

    public ControlId target() {
        return target;
    }

    public MappingTerms terms() {
        return terms;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }
}
