package io.aegis.adapters.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the annotated test class (and its {@code @Nested} classes) once on a SQLite file and once on MariaDB,
 * displayed as "SQLite" and "MariaDB" (Surefire's XML keeps JUnit's legacy names: {@code [1]} is SQLite,
 * {@code [2]} MariaDB). Each run receives its own {@link MigratedDatabase} in a {@code @Parameter} field, shared
 * by all its tests; JUnit closes it when the run ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedClass(name = "{0}")
@MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#migrated")
public @interface OnBothDatabases {
}
