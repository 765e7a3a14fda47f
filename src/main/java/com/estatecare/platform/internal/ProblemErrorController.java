package com.estatecare.platform.internal;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.estatecare.platform.Problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page: whatever ends in {@code sendError} or an exception outside
 * Spring MVC (a filter, a servlet, the container)
 * is answered as a problem, in place of Spring Boot's
 * {@code {timestamp,status,error,path}}.
 */
@Controller
@Hidden
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemDetail problem = problems.outsideTheApplication(status, request);
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        problems.write(response, problem);
    }
}
