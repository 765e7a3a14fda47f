package com.estatecare.organisation.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A controller method's {@code @PreAuthorize} (or {@link com.estatecare.organisation.StaffOnly}) is checked
 * before its arguments are read: method security alone runs after Spring MVC has parsed and validated the body
 * and the parameters, so a caller whose role may not call the operation got a {@code 400} naming the fields it
 * got wrong — learning the operation's rules — and made the server parse up to a megabyte for nothing. Refused
 * here, they get the {@code 403} problem at once; method security still checks again when the method runs.
 * The expressions are roles only (none reads an argument or anything else of the caller:
 * {@code PreAuthorizeExpressionsTests} keeps it so), which is what this check can evaluate — and why its answer
 * for one method and one set of roles is kept: the expression is evaluated once per method and set of roles, not
 * on every call.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    /** A method and the caller's roles. */
    private record Question(Method method, Set<String> roles) {
    }

    /** Answers by method and roles: bounded by the controllers' methods times the role sets accounts have. */
    private final Map<Question, AuthorizationResult> answers = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Method target = method.getMethod();
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            AuthorizationResult result = caller == null || !caller.isAuthenticated() ? ask(method, caller)
                    : answers.computeIfAbsent(new Question(target, caller.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet())),
                            question -> ask(method, caller));
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("role may not call " + target.getName(), result);
            }
        }
        return true;
    }

    private AuthorizationResult ask(HandlerMethod method, Authentication caller) {
        Method target = method.getMethod();
        Object[] noArguments = new Object[target.getParameterCount()];
        return preAuthorize.authorize(() -> caller, new SimpleMethodInvocation(method.getBean(), target, noArguments));
    }
}
