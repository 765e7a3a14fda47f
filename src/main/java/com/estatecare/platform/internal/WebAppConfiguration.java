package com.estatecare.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the two single-page apps that Maven builds from {@code frontend/} into
 * {@code static/}: the staff workbench at {@code /} and the owner portal at
 * {@code /m}. Their routes use the browser's history, so a path that names no
 * file ({@code /requests/42}, {@code /m/requests/7}) answers the app's
 * {@code index.html}; the API, Actuator, the API description, Swagger UI and a
 * missing file keep their own answer (a 404 problem for a file). Hashed assets
 * are cached for a year, everything else is revalidated on each visit, so a new
 * release is seen at once; they come precompressed (Brotli or gzip) when the
 * browser accepts it.
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
        // the build writes a Brotli and a gzip copy beside each script and style sheet (frontend/scripts/compress.mjs):
        // served with Content-Encoding to a browser that accepts it, Vary: Accept-Encoding, the plain file otherwise
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
        // the portal's page holds its script and styles (frontend/vite.config.ts), so it comes compressed too
        registry.addResourceHandler("/m", "/m/**")
                .addResourceLocations("classpath:/static/m/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver())
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

    /**
     * Brotli when the browser takes it, whatever its place in Accept-Encoding: Spring's EncodedResourceResolver
     * answers the first coding the browser lists, and Chromium lists {@code gzip, deflate, br, zstd} (the Brotli
     * copy of the portal's first load is about 15 % smaller than the gzip one).
     */
    static final class BrotliFirst extends AbstractResourceResolver {

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String path,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveResource(request == null ? null : brotliFirst(request), path, locations);
        }

        @Override
        protected String resolveUrlPathInternal(String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveUrlPath(path, locations);
        }

        static HttpServletRequest brotliFirst(HttpServletRequest request) {
            String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (!acceptsBrotli(accepted)) {
                return request;
            }
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? "br, " + accepted : super.getHeader(name);
                }
            };
        }
    }

    /** Whether an Accept-Encoding header takes {@code br} (listed, and not with {@code q=0}). */
    static boolean acceptsBrotli(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > 1000) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("br")) {
                return Arrays.stream(parts).skip(1).map(p -> p.replace(" ", ""))
                        .noneMatch(p -> p.matches("q=0(\\.0*)?"));
            }
        }
        return false;
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
