package com.estatecare.platform.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

import tools.jackson.core.JacksonException;

/**
 * The one place where errors become RFC 9457 problems: a stable type URI, a
 * title and detail in the caller's language, and the offending fields (with a
 * translated reason each) or other facts as extension properties.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = problem(e.status(), e.code(), e.arguments());
        e.properties().forEach((key, value) -> problem.setProperty(key,
                "errors".equals(key) ? translate(castProblems(value)) : value));
        return ResponseEntity.status(e.status()).body(problem);
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
        return invalid(List.of(FieldProblem.of(e.getName(), "malformed")));
    }

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
        Throwable cause = e.getMostSpecificCause();
        String field = "body";
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : jackson.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        return ResponseEntity.badRequest().body(invalidBody(List.of(FieldProblem.of(field, "malformed"))));
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

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> fields) {
        return ResponseEntity.badRequest().body(invalidBody(fields));
    }

    private ProblemDetail invalidBody(List<FieldProblem> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input");
        problem.setProperty("errors", translate(fields));
        return problem;
    }

    private ProblemDetail problem(HttpStatusCode status, String code, Object... arguments) {
        Locale locale = locale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:estatecare:problem:" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", arguments, null, locale));
        return problem;
    }

    private List<Map<String, String>> translate(List<FieldProblem> fields) {
        Locale locale = locale();
        return fields.stream().map(f -> Map.of(
                "field", f.field(),
                "reason", f.reasonCode().startsWith("@")
                        ? f.reasonCode().substring(1)
                        : messages.getMessage("field.reason." + f.reasonCode(), f.arguments(), f.reasonCode(), locale)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> castProblems(Object value) {
        return (List<FieldProblem>) value;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
