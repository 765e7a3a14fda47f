package com.estatecare.requests.internal;

import java.lang.reflect.Method;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;

import com.estatecare.platform.DomainException;
import com.estatecare.requests.Action;
import com.estatecare.requests.ActionCommand;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Binds the body of {@code POST /api/v1/requests/{id}/actions/{action}} to the
 * record of that action ({@link ActionCommand#typeOf}) and validates it as
 * {@code @Valid} would. A field that the action does not have is refused with
 * 400 naming it ({@code not-for-action}), so that a client's typo or a field
 * meant for another step is not silently dropped.
 */
@Component
class ActionBodies {

    private static final MethodParameter BODY;

    static {
        Method act = ReflectionUtils.findMethod(RequestController.class, "act", long.class, String.class,
                JsonNode.class);
        BODY = new MethodParameter(act, 2);
    }

    private final ObjectMapper json;
    private final SpringValidatorAdapter validator;

    ActionBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
    }

    ActionCommand read(Action action, JsonNode body) throws MethodArgumentNotValidException {
        ActionCommand command;
        try {
            command = json.readerFor(ActionCommand.typeOf(action))
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body == null || body.isNull() ? json.createObjectNode() : body);
        } catch (UnrecognizedPropertyException e) {
            throw DomainException.invalidField(e.getPropertyName(), "not-for-action", action.pathName());
        } catch (JacksonException e) {
            throw DomainException.invalidField(path(e), "malformed");
        }
        DirectFieldBindingResult errors = new DirectFieldBindingResult(command, "body");
        validator.validate(command, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(BODY, errors);
        }
        return command;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
