package com.estatecare.platform.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The first-start default: when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is configured,
 * the application starts its own PostgreSQL with the data under {@code estatecare.embedded-db.dir} ({@code ./data})
 * and points the DataSource at it. It runs when the application context is prepared and before its beans are
 * created, at the point where Spring Boot's Docker Compose support starts its services; the server stops after
 * the DataSource has closed. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseDefault implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN = "embeddedPostgres";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        ConfigurableEnvironment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || context.getBeanFactory().containsSingleton(BEAN)) {
            return;
        }
        Path home = Path.of(environment.getProperty("estatecare.embedded-db.dir", "data"));
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.start(home, home.resolve("binaries"), EmbeddedPostgres.Durability.DURABLE);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL in " + home.toAbsolutePath(), e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-postgresql", Map.of(
                "spring.datasource.url", server.jdbcUrl(EmbeddedPostgres.DATABASE),
                "spring.datasource.username", EmbeddedPostgres.SUPERUSER,
                "spring.datasource.password", server.password())));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN, server);
        beans.registerDisposableBean(BEAN, server::stop);
        context.addBeanFactoryPostProcessor(new DataSourcesDependOnTheServer());
    }

    /** Every DataSource is created after the server and closed before it stops. */
    static class DataSourcesDependOnTheServer extends AbstractDependsOnBeanFactoryPostProcessor {
        DataSourcesDependOnTheServer() {
            super(DataSource.class, BEAN);
        }
    }
}
