package io.aegis.adapters.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Patch} component of a PATCH request record: the field may be left out or changed, never cleared, so
 * {@code null} is a 400 naming it. (Jackson's own {@code @JsonSetter(nulls = FAIL)} would refuse an absent field too.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface NotClearable {
}
