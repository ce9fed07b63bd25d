package io.aegis.domain.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.archfixture.ApplicationFixtures;
import io.aegis.domain.archfixtureloop.DomainLoopFixture;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class DomainFixtures {

    private DomainFixtures() {
    }

    /** Breaks LAYERS_MIRROR_MODULES and DOMAIN_DEPENDS_ONLY_ON_JDK: the domain points upwards. */
    public static final class DomainReachingIntoApplication {
        private final ApplicationFixtures.ApplicationInternal internal = new ApplicationFixtures.ApplicationInternal();

        ApplicationFixtures.ApplicationInternal internal() {
            return internal;
        }
    }

    /** Breaks DOMAIN_DEPENDS_ONLY_ON_JDK through an annotation alone (and JACKSON_ONLY_IN_ADAPTERS). */
    public record JsonAnnotatedValue(@JsonProperty("amount") long amount) {
    }

    /** Breaks DOMAIN_FIELDS_ARE_FINAL and DOMAIN_HAS_NO_SETTERS. */
    public static final class MutableAggregate {
        private String status = "open";

        public void setStatus(String status) {
            this.status = status;
        }

        public String status() {
            return status;
        }
    }

    /** Breaks NO_SYSTEM_CLOCK_IN_DOMAIN_OR_APPLICATION with a call. */
    public static final class ClockReadingPolicy {
        Instant dueDate() {
            return Instant.now().plusSeconds(60);
        }
    }

    /** Breaks NO_SYSTEM_CLOCK_IN_DOMAIN_OR_APPLICATION with a method reference. */
    public static final class ClockReferencingPolicy {
        private final Supplier<Instant> clock = Instant::now;

        Instant dueDate() {
            return clock.get();
        }
    }

    /** Breaks NO_CYCLES_BETWEEN_DOMAIN_CONTEXTS together with DomainLoopFixture. */
    public static final class LoopStart {
        private final DomainLoopFixture next = new DomainLoopFixture();

        DomainLoopFixture next() {
            return next;
        }
    }

    /** A record with a constant and a validating constructor: passes every rule. */
    public record GoodValue(long id, String name) {
        public static final int MAX_NAME = 200;

        public GoodValue {
            if (name.length() > MAX_NAME) {
                throw new IllegalArgumentException("name too long");
            }
        }

        public GoodValue rename(String newName) {
            return new GoodValue(id, newName);
        }
    }

    /** An enum with a field: passes every rule. */
    public enum GoodStatus {
        OPEN("open"), SETTLED("settled");

        private final String key;

        GoodStatus(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Uses the clock it is given and switches over an enum (a compiler-made switch map): passes every rule. */
    public static final class GoodPolicy {
        private final Clock clock;

        public GoodPolicy(Clock clock) {
            this.clock = clock;
        }

        public Instant settle(GoodStatus status) {
            switch (status) {
                case OPEN:
                    return Instant.now(clock);
                case SETTLED:
                default:
                    return Instant.EPOCH;
            }
        }
    }
}
