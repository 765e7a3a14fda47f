package com.estatecare.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The database of each {@link TestDatabase} class's application, on the one test server of the JVM, already
 * migrated (a copy of a template migrated once per JVM) and, for {@link TestDatabase#demoData()}, with the demo
 * organisation (a copy of a template the application loaded once per JVM).
 * <p>
 * The {@link EstateCareTest} classes that add nothing to its configuration share one application and one
 * database ({@value #SHARED_DATABASE}): Spring's context cache finds the application the first of them started.
 * A class marked {@link OwnDatabase}, one that adds to the configuration (properties, imports, profiles, bean
 * overrides) and every other {@link TestDatabase} class gets a fresh database of its own and an application that
 * {@link SharedApplicationListener} closes when the class has finished; its database is dropped then.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    static final String SHARED_DATABASE = "t_shared";
    /** Set in the environment of the shared application. */
    static final String SHARED_PROPERTY = "estatecare.test.shared-application";

    private static final Log LOG = LogFactory.getLog(PostgresContextCustomizerFactory.class);
    private static MergedContextConfiguration shared;

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        TestDatabase annotation = AnnotatedElementUtils.findMergedAnnotation(testClass, TestDatabase.class);
        if (annotation == null) {
            return null;
        }
        boolean shareable = AnnotatedElementUtils.hasAnnotation(testClass, EstateCareTest.class)
                && !AnnotatedElementUtils.hasAnnotation(testClass, OwnDatabase.class);
        return new Customizer(shareable ? null : databaseOf(testClass), annotation.demoData());
    }

    static String databaseOf(Class<?> testClass) {
        return "t_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The configuration of a class that is {@link EstateCareTest} and nothing more, the shared application's. */
    private static synchronized MergedContextConfiguration sharedConfiguration() {
        if (shared == null) {
            shared = BootstrapUtils.resolveTestContextBootstrapper(SharedConfiguration.class)
                    .buildMergedContextConfiguration();
        }
        return shared;
    }

    @EstateCareTest
    private static final class SharedConfiguration {
    }

    /** {@code ownDatabase} null: the shared database if the configuration is the shared one. */
    record Customizer(String ownDatabase, boolean demoData) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres server = TestPostgres.get().forApplication();
            boolean sharedApplication = ownDatabase == null && demoData && config.equals(sharedConfiguration());
            String database = sharedApplication ? SHARED_DATABASE
                    : ownDatabase != null ? ownDatabase : databaseOf(config.getTestClass());
            if (ownDatabase == null && !sharedApplication) {
                LOG.info(config.getTestClass().getSimpleName() + " adds to the configuration of @EstateCareTest, "
                        + "so it gets an application and a database of its own");
            }
            if (demoData) {
                server.createDemoDatabase(database);
            } else {
                server.createMigratedDatabase(database);
            }
            if (!sharedApplication && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
                // registered before any bean of the application, so destroyed after all of them (its pools)
                beans.registerDisposableBean("testDatabaseDrop", () -> server.dropDatabase(database));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                    "spring.datasource.url", server.jdbcUrl(database),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", server.password(),
                    SHARED_PROPERTY, Boolean.toString(sharedApplication))));
        }
    }
}
