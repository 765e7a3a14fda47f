package com.estatecare.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every {@link TestDatabase} class a fresh database of its own on the one test server, already migrated
 * (a copy of a template migrated once per run) and, for {@link TestDatabase#demoData()}, with the demo
 * organisation (a copy of a template the application loaded once per run). The database is dropped when its
 * application has closed.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        TestDatabase annotation = AnnotatedElementUtils.findMergedAnnotation(testClass, TestDatabase.class);
        if (annotation == null) {
            return null;
        }
        return new Customizer("t_" + testClass.getSimpleName().toLowerCase(Locale.ROOT), annotation.demoData());
    }

    record Customizer(String database, boolean demoData) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres server = TestPostgres.get().forApplication();
            if (demoData) {
                server.createDemoDatabase(database);
            } else {
                server.createMigratedDatabase(database);
            }
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
                // registered before any bean of the application, so destroyed after all of them (its pools)
                beans.registerDisposableBean("testDatabaseDrop", () -> server.dropDatabase(database));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                    "spring.datasource.url", server.jdbcUrl(database),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", server.password())));
        }
    }
}
