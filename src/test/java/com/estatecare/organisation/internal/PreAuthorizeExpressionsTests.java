package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

/**
 * Every controller's {@code @PreAuthorize} names roles and nothing else of the caller or the call: what
 * {@link RolesBeforeBinding} can check before the body is read, and what lets it keep one answer per method and
 * set of roles.
 */
class PreAuthorizeExpressionsTests {

    private static final Pattern ROLES_ONLY = Pattern
            .compile("hasRole\\('[A-Z_]+'\\)|hasAnyRole\\('[A-Z_]+'(\\s*,\\s*'[A-Z_]+')*\\)");

    @Test
    void everyControllersPreAuthorizeNamesRolesOnly() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> expressions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("com.estatecare")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            collect(type.getName(), MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY), expressions, others);
            for (Method method : type.getDeclaredMethods()) {
                collect(type.getSimpleName() + "." + method.getName(),
                        MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY), expressions, others);
            }
        }
        assertThat(expressions).as("the controllers' expressions were found").hasSizeGreaterThan(100);
        assertThat(others).as("expressions that read more than the caller's roles").isEmpty();
    }

    @Test
    void anExpressionReadingTheCallerIsNoRolesOnlyExpression() {
        assertThat(ROLES_ONLY.matcher("hasAnyRole('AGENT', 'MANAGER')").matches()).isTrue();
        assertThat(ROLES_ONLY.matcher("hasRole('AGENT') and principal.username == 'x'").matches()).isFalse();
        assertThat(ROLES_ONLY.matcher("#id == 1").matches()).isFalse();
    }

    private static void collect(String where, MergedAnnotations annotations, List<String> expressions,
            List<String> others) {
        MergedAnnotation<PreAuthorize> preAuthorize = annotations.get(PreAuthorize.class);
        if (preAuthorize.isPresent()) {
            String expression = preAuthorize.getString("value");
            expressions.add(expression);
            if (!ROLES_ONLY.matcher(expression).matches()) {
                others.add(where + ": " + expression);
            }
        }
    }
}
