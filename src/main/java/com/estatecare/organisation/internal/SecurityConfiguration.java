package com.estatecare.organisation.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Session login with CSRF for the web UI; HTTP Basic or personal access
 * tokens for API clients (a request that carries an Authorization header is
 * not a browser session, so CSRF does not apply to it).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, PrincipalLoader loader, MessageSource messages,
            AccessDeniedHandler problemAccessDeniedHandler) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(messages);
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                .requestMatchers("/api/**").authenticated()
                .anyRequest().permitAll())
            .userDetailsService(loader)
            .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
            .formLogin(form -> form.loginProcessingUrl("/api/v1/session").permitAll())
            .logout(logout -> logout.logoutUrl("/api/v1/session/logout"))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
            .exceptionHandling(ex -> ex.accessDeniedHandler(problemAccessDeniedHandler))
            .csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
            .addFilterBefore(new TokenAuthenticationFilter(loader, entryPoint), BasicAuthenticationFilter.class);
        return http.build();
    }
}
