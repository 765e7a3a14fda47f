package com.estatecare.platform.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Problems;

import tools.jackson.core.JacksonException;

/**
 * The one place where errors become RFC 9457 problems: a stable type URI, a
 * title and detail in the caller's language, and the offending fields (with a
 * translated reason each) or other facts as extension properties.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final MessageSource messages;
    private final Problems problems;

    ProblemHandler(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = status(e);
        ProblemDetail problem = problem(status, e.code(), e.arguments());
        e.properties().forEach((key, value) -> problem.setProperty(key,
                "errors".equals(key) ? translate(castProblems(value)) : value));
        return ResponseEntity.status(status).body(problem);
    }

    /** The one mapping of the domain's kinds of failure to HTTP statuses. */
    static HttpStatus status(DomainException e) {
        if (e instanceof DomainException.InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        } else if (e instanceof DomainException.NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof DomainException.UnknownReference || e instanceof DomainException.Unprocessable) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        } else if (e instanceof DomainException.Conflict) {
            return HttpStatus.CONFLICT;
        } else if (e instanceof DomainException.Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        throw new IllegalStateException("unmapped " + e.getClass());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "stale-version", "?", "?"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(FieldProblem.of(e.getName(),
                e.getCause() instanceof NulFreeText.Refused ? "nul-character" : "malformed")));
    }

    /**
     * A query parameter whose percent-encoding cannot be decoded ({@code ?cursor=%%%}): Tomcat refuses it when
     * the parameters are first read, naming it in the message; that is bad input, not our fault.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        Matcher name = PARAMETER_NAME.matcher(String.valueOf(e.getMessage()));
        return invalid(List.of(FieldProblem.of(name.find() ? name.group(1) : "query", "malformed")));
    }

    private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([A-Za-z0-9_.]{1,60})]");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), "@" + messages.getMessage(error, locale()), new Object[0]));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> fields.add(
                new FieldProblem(error.getObjectName(), "@" + messages.getMessage(error, locale()), new Object[0])));
        return ResponseEntity.badRequest().body(invalidBody(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                fields.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        "@" + messages.getMessage(error, locale()), new Object[0]))));
        return ResponseEntity.badRequest().body(invalidBody(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the Jackson exception that knows where it was (a date that does not parse has a DateTimeParseException as
        // its most specific cause, which knows no field)
        JacksonException located = null;
        for (Throwable cause = e.getCause(); cause != null && located == null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                located = jackson;
            }
        }
        String field = "body";
        if (located != null) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : located.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        return ResponseEntity.badRequest().body(invalidBody(List.of(FieldProblem.of(field,
                located instanceof NulFreeText.RefusedInBody ? "nul-character" : "malformed"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidBody(List.of(FieldProblem.of(e.getParameterName(), "required"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return invalid(List.of(FieldProblem.of(e.getHeaderName(), "required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidBody(List.of(FieldProblem.of(e.getRequestPartName(), "required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
        problem.setProperty("errors", translate(List.of(new FieldProblem("file", "max-size",
                new Object[] { maxUploadMegabytes(e) }))));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** A multipart body that cannot be parsed: no boundary, truncated, a broken part header. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return invalid(List.of(FieldProblem.of("file", "malformed")));
    }

    /**
     * What the database refused although the edge checked the input: a value
     * it cannot hold is bad input (400); a broken uniqueness or reference rule
     * is a conflict with data that exists (409). Never a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(DataIntegrityViolationException e) {
        String state = sqlState(e);
        log.warn("database refused a write (SQLState {}): {}", state, e.getMostSpecificCause().getClass().getName());
        if (state != null && state.startsWith("22")) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input"));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "conflict"));
    }

    /** Anything else is our fault: logged with its stack trace, answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws AuthenticationException {
        if (e instanceof AuthenticationException notSignedIn) {
            throw notSignedIn; // Spring Security's entry point answers 401
        }
        log.error("unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
    }

    /** Spring MVC's own errors (404, 405, 406, 415, ...) in the application's problem format and language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail existing && existing.getType() != null
                && existing.getType().toString().startsWith("urn:estatecare:")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        return super.handleExceptionInternal(e, problem(status, Problems.codeFor(status.value())), headers, status,
                request);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static long maxUploadMegabytes(MaxUploadSizeExceededException e) {
        return e.getMaxUploadSize() > 0 ? Math.max(1, e.getMaxUploadSize() / (1024 * 1024)) : 20;
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> fields) {
        return ResponseEntity.badRequest().body(invalidBody(fields));
    }

    private ProblemDetail invalidBody(List<FieldProblem> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input");
        problem.setProperty("errors", translate(fields));
        return problem;
    }

    private ProblemDetail problem(HttpStatusCode status, String code, Object... arguments) {
        return problems.problem(status, code, locale(), arguments);
    }

    private List<Map<String, String>> translate(List<FieldProblem> fields) {
        return problems.translate(fields, locale());
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> castProblems(Object value) {
        return (List<FieldProblem>) value;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
