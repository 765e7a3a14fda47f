package com.estatecare.organisation.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.estatecare.platform.Problems;

import jakarta.servlet.DispatcherType;

/**
 * One authentication per request: a request with an {@code Authorization}
 * header (HTTP Basic or a personal access token) is authenticated by that
 * header alone — the session is not consulted, so CSRF does not apply to it;
 * a request without one is a browser session, which needs the
 * {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}. Sign-in by
 * password is throttled per account and per client address, and followed by a
 * second factor where the person has one ({@link SecondFactorGate}); an owner's sign-in
 * by one-time code ({@link SessionSignIns}) uses this chain's session handling.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** What every page shares: this origin only, never framed, fonts also as data: URLs (Vant's icon font). */
    private static final String BASE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; font-src 'self' data:";
    /**
     * Scripts and everything else from this origin only; never framed; no inline script or style, no eval. Images
     * may also be blob: URLs: the owner portal previews the photos an owner picked, from the device, before they
     * are uploaded. The owner portal's page adds its own inline scripts and styles by their hashes
     * ({@link PortalPagePolicy}).
     */
    static final String CONTENT_SECURITY_POLICY = BASE_POLICY + "; img-src 'self' blob:";
    /** Swagger UI sets inline styles and shows data: images; nothing else needs them. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = BASE_POLICY
            + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

    /**
     * No observation around the security filters: without this bean every filter of every request is wrapped
     * in an observation decorator even while {@code management.observations.enable.spring.security} is off
     * (the decorator still builds a context and looks the switch up per filter). HTTP server metrics stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The WeChat official account's callback: no session and no cookie, so no CSRF token either. */
    static final String WECHAT_CALLBACK = "/api/v1/inbound/wechat/*";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, PrincipalLoader loader, PasswordEncoder passwords,
            LoginThrottle throttle, Problems problems, Clock clock,
            @Value("${estatecare.security.metrics-role:ADMIN}") String metricsRole,
            AccessDeniedHandler problemAccessDeniedHandler, SessionSignIns codeSignIns,
            ApplicationEventPublisher events, SecondFactorGate secondFactorGate, SecondFactors secondFactors,
            SessionTracker sessions) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(problems, clock);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(loader);
        passwordCheck.setPasswordEncoder(passwords);
        AuthenticationManager authentication = new ProviderManager(
                new ThrottledAuthentication(passwordCheck, throttle, events, clock));
        CookieCsrfTokenRepository xsrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        xsrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        HeaderFirstSecurityContextRepository contexts = new HeaderFirstSecurityContextRepository();
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        RequestMatcher portal = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/m"),
                PathPatternRequestMatcher.withDefaults().matcher("/m/**"));
        String portalPolicy = PortalPagePolicy.of(CONTENT_SECURITY_POLICY, new ClassPathResource("static/m/index.html"));
        http
            .authorizeHttpRequests(auth -> auth
                // the dispatch that ends an asynchronous response (the live stream) was authorised when it began
                .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole(metricsRole)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
                        "/swagger-ui.html", "/error").permitAll()
                // an owner asks for a sign-in code and signs in with it (the portal module; CSRF applies)
                .requestMatchers(HttpMethod.POST, "/api/v1/portal/codes", "/api/v1/portal/session").permitAll()
                // WeChat calls the official account's callback without signing in: each call is signed with the
                // company's token instead, and the inbound module refuses a wrong signature (decision 030)
                .requestMatchers(WECHAT_CALLBACK).permitAll()
                // the second step of a staff sign-in, reached only half-way through it (SecondFactorGate)
                .requestMatchers(HttpMethod.POST, "/api/v1/session/second-factor",
                        "/api/v1/session/second-factor/enrolment", "/api/v1/session/second-factor/confirmation")
                    .permitAll()
                // an auditor (审计员) reads the audit log, and their own account, tokens, sessions and second factor
                .requestMatchers("/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/tokens/*", "/api/v1/me/sessions",
                        "/api/v1/me/sessions/*", "/api/v1/me/second-factor", "/api/v1/me/second-factor/*")
                    .authenticated()
                .requestMatchers("/api/v1/audit-log", "/api/v1/audit-log/**").hasAnyRole("ADMIN", "AUDITOR")
                .requestMatchers("/api/**").access(AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(),
                        AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("AUDITOR"))))
                .anyRequest().permitAll())
            .authenticationManager(authentication)
            .securityContext(context -> context.securityContextRepository(contexts))
            .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
            .formLogin(form -> form.loginProcessingUrl("/api/v1/session")
                    .successHandler((request, response, auth) -> secondFactorGate.afterPassword(request, response,
                            auth))
                    .failureHandler(entryPoint::commence)
                    .permitAll())
            .logout(logout -> logout.logoutUrl("/api/v1/session/logout")
                    .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
                    .defaultAuthenticationEntryPointFor(entryPoint, request -> true)
                    .accessDeniedHandler(problemAccessDeniedHandler))
            .csrf(csrf -> csrf.spa()
                .csrfTokenRequestHandler(new BrowserCsrfTokens())
                .csrfTokenRepository(xsrfCookie)
                .ignoringRequestMatchers(HeaderFirstSecurityContextRepository::hasAuthorizationHeader)
                .ignoringRequestMatchers(WECHAT_CALLBACK))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter((request, response) -> {
                    if (swaggerUi.matches(request)) {
                        response.setHeader("Content-Security-Policy", SWAGGER_UI_CONTENT_SECURITY_POLICY);
                    } else if (portal.matches(request)) {
                        response.setHeader("Content-Security-Policy", portalPolicy);
                    }
                }))
            .addFilterBefore(new TokenAuthenticationFilter(loader, entryPoint), BasicAuthenticationFilter.class)
            .addFilterAfter(new BasicSecondFactorFilter(secondFactors, entryPoint), BasicAuthenticationFilter.class)
            .addFilterAfter(new SessionRecheckFilter(loader, contexts, sessions), SecurityContextHolderFilter.class);
        SecurityFilterChain chain = http.build();
        codeSignIns.use(http.getSharedObject(SessionAuthenticationStrategy.class), contexts);
        return chain;
    }
}
