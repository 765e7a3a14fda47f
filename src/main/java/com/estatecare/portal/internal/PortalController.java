package com.estatecare.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.SignIns;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The owner portal's sign-in: ask for a code, sign in with it. Anonymous
 * (the browser's XSRF token still applies); the answer to a code request is
 * the same for every valid phone number.
 */
@RestController
@RequestMapping("/api/v1/portal")
@Tag(name = "Owner portal sign-in", description = "Owners sign in with their phone number and a one-time code")
class PortalController {

    private static final String METHOD = "one-time code";
    private static final String PROBLEM = "application/problem+json";

    record CodeRequest(@NotBlank @Size(max = 40) String phone) {
    }

    /** The same for an owner's phone and any other: the masked number, how long a code lives, when to ask again. */
    record CodeRequested(String phone, long expiresInSeconds, long resendAfterSeconds) {
    }

    record SignInRequest(@NotBlank @Size(max = 40) String phone,
            @NotBlank @Pattern(regexp = "\\d{6}") String code, @Positive Long company) {
    }

    private final PortalCodes codes;
    private final CodeRules rules;
    private final SignIns signIns;
    private final Problems problems;
    private final Clock clock;

    PortalController(PortalCodes codes, CodeRules rules, SignIns signIns, Problems problems, Clock clock) {
        this.codes = codes;
        this.rules = rules;
        this.signIns = signIns;
        this.problems = problems;
        this.clock = clock;
    }

    @PostMapping("/codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirements
    @Operation(summary = "Send a one-time sign-in code to an owner's mobile phone (same answer for every phone)")
    @ApiResponse(responseCode = "202", description = "Accepted; a code is on its way if the phone is a portal owner's")
    @ApiResponse(responseCode = "413", description = "Body longer than 2 KB", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "code-resend-too-soon, too-many-codes-for-phone or "
            + "too-many-codes-from-address; Retry-After and retryAfterSeconds name the wait", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "code-sign-in-unavailable: no notification channel is configured",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    CodeRequested requestCode(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        PhoneNumber phone = mobile(body.phone());
        if (!codes.available()) {
            throw new SignInUnavailable();
        }
        codes.request(phone, address(request), LocaleContextHolder.getLocale());
        return new CodeRequested(phone.masked(), rules.validity().toSeconds(), rules.resendAfter().toSeconds());
    }

    @PostMapping("/session")
    @SecurityRequirements
    @Operation(summary = "Sign in with the phone number and its one-time code: opens the same session as a password")
    @ApiResponse(responseCode = "204", description = "Signed in: a new JSESSIONID cookie, and a new XSRF-TOKEN cookie",
            content = @Content)
    @ApiResponse(responseCode = "401", description = "code-invalid: wrong, expired, used or voided code", content =
            @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "choose-company: the phone is an owner's in several companies; "
            + "companies lists {id, name}; sign in again with the same code and company", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "unknown-reference: company is not one of the phone's", content =
            @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "too-many-sign-in-failures for this phone or address; "
            + "Retry-After names the wait", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Object> signIn(@Valid @RequestBody SignInRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        PhoneNumber phone = mobile(body.phone());
        String subject = PortalCodes.subject(phone);
        String address = address(request);
        var locked = signIns.lockedUntil(subject, address);
        if (locked.isPresent()) {
            return tooMany("too-many-sign-in-failures", locked.get());
        }
        PortalCodes.Outcome outcome = codes.signIn(phone, body.code(), body.company());
        if (outcome instanceof PortalCodes.Outcome.SignedIn signedIn) {
            signIns.signIn(subject, signedIn.account(), METHOD, request, response);
            return ResponseEntity.noContent().build();
        } else if (outcome instanceof PortalCodes.Outcome.ChooseCompany choose) {
            ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "choose-company", locale());
            problem.setProperty("companies", choose.companies());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        } else if (outcome instanceof PortalCodes.Outcome.UnknownCompany) {
            throw DomainException.unknownReference("company");
        }
        signIns.failed(subject, phone.masked(), address, METHOD);
        return problem(HttpStatus.UNAUTHORIZED, "code-invalid");
    }

    @ExceptionHandler(CodeRequestRefused.class)
    ResponseEntity<Object> refused(CodeRequestRefused e) {
        return tooMany(e.refusal().limit().problem, e.refusal().retryAt());
    }

    @ExceptionHandler(SignInUnavailable.class)
    ResponseEntity<Object> unavailable(SignInUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "code-sign-in-unavailable");
    }

    /** A mobile number, the only kind a code can be texted to. */
    private static PhoneNumber mobile(String raw) {
        String digits = PhoneNumber.normalise(raw);
        if (!PhoneNumber.isValid(digits)) {
            throw DomainException.invalidField("phone", "phone");
        }
        PhoneNumber phone = new PhoneNumber(digits);
        if (!phone.isMobile()) {
            throw DomainException.invalidField("phone", "not-mobile");
        }
        return phone;
    }

    private ResponseEntity<Object> tooMany(String code, Instant retryAt) {
        long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
        ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, code, locale(), seconds);
        problem.setProperty("retryAfterSeconds", seconds);
        problem.setProperty("retryAt", retryAt.toString());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(problems.problem(status, code, locale()));
    }

    private static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** No notification channel is configured (the production profile until SMS is added). */
    static final class SignInUnavailable extends RuntimeException {
        SignInUnavailable() {
            super("no notification channel");
        }
    }
}
