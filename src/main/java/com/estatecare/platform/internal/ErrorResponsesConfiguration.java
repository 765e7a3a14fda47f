package com.estatecare.platform.internal;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import com.estatecare.platform.Problems;

/**
 * Errors sent before the application sees a request are problems too: the
 * security firewall's refusals ({@code ;}, {@code %2F}, {@code %25} in a path),
 * Spring Security's access denials (CSRF) and the container's own error reports.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesConfiguration {

    /** Picked up by Spring Security's {@code WebSecurity} for its firewall. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(Problems problems) {
        return (request, response, rejected) -> problems.write(response, problems.problem(HttpStatus.BAD_REQUEST,
                "rejected-request", Problems.locale(request.getHeader("Accept-Language"))));
    }

    /**
     * 403 from Spring Security's filters (a missing or wrong CSRF token, a URL
     * rule) as a problem; 403 from method security is the MVC handler's.
     */
    @Bean
    AccessDeniedHandler problemAccessDeniedHandler(Problems problems) {
        return (request, response, denied) -> problems.write(response, problems.problem(HttpStatus.FORBIDDEN,
                denied instanceof CsrfException ? "csrf" : "forbidden",
                Problems.locale(request.getHeader("Accept-Language"))));
    }

    /** Replaces Tomcat's (and Spring Boot's) HTML error report valve on the host. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(Problems problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
            Pipeline pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemReportValve(problems));
        });
    }
}
