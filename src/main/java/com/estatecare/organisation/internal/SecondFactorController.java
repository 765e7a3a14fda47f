package com.estatecare.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second factor (二次验证): the sign-in's second step after a password, enrolment and removal by the person,
 * reset by an administrator of their branch.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Second factor", description = "TOTP second factor of staff sign-in: enrolment, sign-in step, reset")
class SecondFactorController {

    private static final String METHOD = "password+totp";

    private final SecondFactors factors;
    private final SecondFactorGate gate;
    private final SessionSignIns signIns;
    private final Organisation organisation;
    private final StaffAdministration administration;
    private final Problems problems;
    private final Clock clock;

    SecondFactorController(SecondFactors factors, SecondFactorGate gate, SessionSignIns signIns,
            Organisation organisation, StaffAdministration administration, Problems problems, Clock clock) {
        this.factors = factors;
        this.gate = gate;
        this.signIns = signIns;
        this.organisation = organisation;
        this.administration = administration;
        this.problems = problems;
        this.clock = clock;
    }

    /** A code of the authenticator app, or (at sign-in) one of the recovery codes instead. */
    record CodeRequest(String code, String recoveryCode) {
    }

    record RecoveryCodesView(List<String> recoveryCodes) {
    }

    @PostMapping("/session/second-factor")
    @Operation(summary = "Sign-in's second step: the authenticator app's code (or a recovery code) after the password")
    ResponseEntity<Object> signIn(@RequestBody CodeRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        String typed = oneCode(body);
        var pending = gate.pending(request, SecondFactorGate.Step.CODE);
        if (pending.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "second-factor-not-pending");
        }
        String address = request.getRemoteAddr();
        var locked = signIns.lockedUntil(pending.get().username(), address);
        if (locked.isPresent()) {
            return tooMany(locked.get());
        }
        if (!factors.check(pending.get().accountId(), typed)) {
            signIns.failed(pending.get().username(), pending.get().username(), address, "totp");
            return problem(HttpStatus.UNAUTHORIZED, "second-factor-code-invalid");
        }
        gate.complete(pending.get(), body.code() != null ? METHOD : "password+recovery-code", request, response);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/session/second-factor/enrolment")
    @Operation(summary = "Sign-in's enrolment step where the roles require a second factor: a new secret and its URI")
    ResponseEntity<Object> enrolAtSignIn(HttpServletRequest request) {
        var pending = gate.pending(request, SecondFactorGate.Step.ENROL);
        if (pending.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "second-factor-not-pending");
        }
        return ResponseEntity.ok(factors.start(gate.user(pending.get())));
    }

    @PostMapping("/session/second-factor/confirmation")
    @Operation(summary = "Sign-in's enrolment step: the first code enables the factor, signs in, and shows the "
            + "recovery codes once")
    ResponseEntity<Object> confirmAtSignIn(@RequestBody CodeRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        String code = totpCode(body.code());
        var pending = gate.pending(request, SecondFactorGate.Step.ENROL);
        if (pending.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "second-factor-not-pending");
        }
        var locked = signIns.lockedUntil(pending.get().username(), request.getRemoteAddr());
        if (locked.isPresent()) {
            return tooMany(locked.get());
        }
        List<String> recovery;
        try {
            recovery = factors.confirm(gate.user(pending.get()), code);
        } catch (DomainException.InvalidInput wrong) {
            signIns.failed(pending.get().username(), pending.get().username(), request.getRemoteAddr(), "totp");
            throw wrong;
        }
        gate.complete(pending.get(), METHOD, request, response);
        return ResponseEntity.ok(new RecoveryCodesView(recovery));
    }

    @GetMapping("/me/second-factor")
    @Operation(summary = "Whether the caller's second factor is on, required of them, and recovery codes left")
    SecondFactors.SecondFactorStatus status() {
        return factors.status(organisation.currentUser());
    }

    @PostMapping("/me/second-factor/enrolment")
    @Operation(summary = "Start enrolling an authenticator app: a new secret and its otpauth:// URI (for a QR code)")
    SecondFactors.SecondFactorEnrolment enrol() {
        return factors.start(organisation.currentUser());
    }

    @PostMapping("/me/second-factor/confirmation")
    @Operation(summary = "Enable the second factor with the app's first code; the recovery codes are shown only here")
    RecoveryCodesView confirm(@RequestBody CodeRequest body) {
        return new RecoveryCodesView(factors.confirm(organisation.currentUser(), totpCode(body.code())));
    }

    @PostMapping("/me/second-factor/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn the caller's second factor off, proven by a current code; refused where required")
    void disable(@RequestBody CodeRequest body) {
        factors.disable(organisation.currentUser(), totpCode(body.code()));
    }

    @DeleteMapping("/accounts/{id}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Reset the second factor of an account in the caller's branch (a lost phone); audited")
    void reset(@PathVariable long id) {
        CurrentUser admin = organisation.currentUser();
        factors.reset(administration.managed(admin, id).getId());
    }

    /** Exactly one of a six-digit code and a recovery code, each of its own shape; else 400 naming the field. */
    private static String oneCode(CodeRequest body) {
        if (body.code() != null && body.recoveryCode() != null || body.code() == null && body.recoveryCode() == null) {
            throw DomainException.invalidField("code", "code-or-recovery-code");
        }
        if (body.code() != null) {
            return totpCode(body.code());
        }
        if (RecoveryCodes.normalise(body.recoveryCode()).isEmpty()) {
            throw DomainException.invalidField("recoveryCode", "recovery-code");
        }
        return body.recoveryCode();
    }

    private static String totpCode(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalidField("code", "required");
        }
        if (!TotpCodes.wellFormed(code)) {
            throw DomainException.invalidField("code", "totp-code");
        }
        return code;
    }

    private ResponseEntity<Object> problem(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(problems.problem(status, code, LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<Object> tooMany(Instant retryAt) {
        long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
        ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-failures",
                LocaleContextHolder.getLocale(), seconds);
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }
}
