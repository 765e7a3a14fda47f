package com.estatecare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;

/** The house rules that keep the shape honest (STYLE.md, "Tests"). */
class ArchitectureTests {

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.estatecare");

    @Test
    void noClassIsNamedImplManagerHelperOrUtil() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(main);
    }

    @Test
    void timeComesFromTheInjectedClockNeverFromNow() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(main);
    }

    /**
     * The domain knows nothing of HTTP: statuses are chosen at the edge, by
     * controllers, the problem handler, idempotent replay and the servlet or
     * security plumbing (classes that answer with a {@code ResponseEntity} or
     * use the servlet, Spring Web or Spring Security Web API).
     */
    @Test
    void httpStatusesAppearOnlyInWebClasses() {
        DescribedPredicate<JavaClass> web = new DescribedPredicate<>("web classes") {
            @Override
            public boolean test(JavaClass c) {
                return isWeb(c) || c.getEnclosingClass().map(this::isWeb).orElse(false);
            }

            private boolean isWeb(JavaClass c) {
                return c.isAnnotatedWith(RestController.class) || c.isAnnotatedWith(RestControllerAdvice.class)
                        || c.isAnnotatedWith(Configuration.class)
                        || c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(d -> d.getTargetClass().isEquivalentTo(ResponseEntity.class))
                        || c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getPackageName())
                                .anyMatch(p -> p.startsWith("jakarta.servlet") || p.startsWith("org.springframework.web")
                                        || p.startsWith("org.springframework.security.web")
                                        || p.startsWith("org.apache.catalina"));
            }
        };
        DescribedPredicate<JavaClass> usesStatuses = new DescribedPredicate<>("use HTTP statuses") {
            @Override
            public boolean test(JavaClass c) {
                return c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass()
                        .isEquivalentTo(HttpStatus.class) || d.getTargetClass().isEquivalentTo(HttpStatusCode.class));
            }
        };
        classes().that(usesStatuses)
                .should(ArchConditions.be(web))
                .check(main);
    }
}
