package com.estatecare.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the two single-page apps that Maven builds from {@code frontend/} into
 * {@code static/}: the staff workbench at {@code /} and the owner portal at
 * {@code /m}. Their routes use the browser's history, so a path that names no
 * file ({@code /requests/42}, {@code /m/requests/7}) answers the app's
 * {@code index.html}; the API, Actuator, the API description, Swagger UI and a
 * missing file keep their own answer (a 404 problem for a file). Hashed assets
 * are cached for a year, everything else is revalidated on each visit, so a new
 * release is seen at once.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's default "/**" mapping, which then stands back
class WebAppConfiguration implements WebMvcConfigurer {

    /** Paths that are never an app's route. */
    static final List<String> NOT_APP_ROUTES = List.of("api/", "actuator/", "v3/", "swagger-ui/", "assets/",
            "error");

    /** An app's own address (a resource handler answers no empty path): its index.html. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
        registry.addViewController("/m/").setViewName("forward:/m/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/m", "/m/**")
                .addResourceLocations("classpath:/static/m/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new AppRoutes(new ClassPathResource("static/m/index.html")));
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new AppRoutes(new ClassPathResource("static/index.html")));
    }

    /** Whether a path (relative to the handler, without a leading slash) can be one of an app's routes. */
    static boolean isAppRoute(String path) {
        if (NOT_APP_ROUTES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /** A file when there is one, else the app's index.html for a route, else nothing (404). */
    static final class AppRoutes extends PathResourceResolver {

        private final Resource index;

        AppRoutes(Resource index) {
            this.index = index;
        }

        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            Resource file = super.getResource(path, location);
            if (file != null) {
                return file;
            }
            return isAppRoute(path) && index.isReadable() ? index : null;
        }
    }
}
