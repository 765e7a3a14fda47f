package com.estatecare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link EstateCareTest} class that needs a database and an application of its own instead of the shared one:
 * its assertions depend on what no other class has done (counts over a project or a company, a sweep over every
 * clock, exact request numbers, accounts it locks) or it moves the clock and leaves data at other times. Its
 * application starts on a fresh copy of the demo database and is closed when the class has finished.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface OwnDatabase {
}
