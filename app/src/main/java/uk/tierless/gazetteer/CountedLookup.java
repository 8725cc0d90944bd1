package uk.tierless.gazetteer;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A gazetteer lookup of this kind, counted by {@link LookupMetrics} with what it found. */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountedLookup {

    /** What is looked up: a postcode, a map point or a UPRN. */
    enum Kind {
        POSTCODE, POINT, UPRN
    }

    @Nonbinding
    Kind value();
}
