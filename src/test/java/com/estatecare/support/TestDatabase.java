package com.estatecare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test class gets a fresh database of its own on the one test PostgreSQL server. */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface TestDatabase {

    /**
     * Whether the database starts with the demo organisation in it: a copy of a template into which the
     * application loaded the demo data once per test run ({@link DemoDataTemplate}), instead of every test
     * application loading it again. Without, the database has the migrations only.
     */
    boolean demoData() default false;
}
