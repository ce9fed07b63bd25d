package io.aegis.application.port;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read model of rows that belong to no organisational unit (users, roles, the units, asset categories):
 * the one kind of read model whose methods need no {@code Scope}. Every other read model filters by the actor's
 * scope in its query, which the architecture tests check; the reason says why these rows are the same for every
 * unit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OrganisationWide {

    /** Why every unit sees the same rows. */
    String value();
}
