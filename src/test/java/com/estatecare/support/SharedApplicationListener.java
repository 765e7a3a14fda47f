package com.estatecare.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Keeps the one shared application of {@link EstateCareTest} (see {@link PostgresContextCustomizerFactory}) as a
 * class finds a fresh one: its clock is set back to {@link TestClockConfiguration#START} before each class, and the
 * clock of any application after each test, so that a test that moves the clock never needs to move it back. Every
 * other application (an {@link OwnDatabase} class, one with a configuration of its own) is closed when its class
 * has finished, so that only the shared one stays in the context cache beside the one in use, and its database is
 * dropped.
 */
public class SharedApplicationListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 3100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext() && shared(testContext.getApplicationContext())) {
            testContext.getApplicationContext().getBean(MutableClock.class).set(TestClockConfiguration.START);
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class)
                    .ifAvailable(clock -> clock.set(TestClockConfiguration.START));
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext() && !shared(testContext.getApplicationContext())
                && !TestContextAnnotationUtils.searchEnclosingClass(testContext.getTestClass())) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
    }

    static boolean shared(ApplicationContext context) {
        return context.getEnvironment().getProperty(PostgresContextCustomizerFactory.SHARED_PROPERTY, Boolean.class,
                false);
    }
}
