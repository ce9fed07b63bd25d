package io.aegis.adapters.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OnBothDatabases} for tests that migrate the database themselves (by starting Aegis): each run receives
 * the kind, one of {@link BothDatabases#kinds()}, in a {@code @Parameter Function<Path, TestDatabase>} field and
 * creates its empty database in a {@code @BeforeParameterizedClassInvocation} method. Inherited, so an abstract
 * base carries it for its concrete tests. A {@code PER_CLASS} instance serves both runs: per-run state is set up
 * and forgotten in the {@code @Before/@AfterParameterizedClassInvocation} methods, not in {@code @BeforeAll}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ParameterizedClass(name = "{0}")
@MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
public @interface OnBothEmptyDatabases {
}
