package com.estatecare.platform.internal;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import com.estatecare.platform.Problems;

/**
 * Tomcat's error report for what never reaches the application (a request
 * line or URI the container itself refuses: {@code %00}, an encoded slash,
 * raw non-ASCII bytes, a request line beyond 8 KB): a problem instead of
 * Tomcat's HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;

    ProblemReportValve(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setSuspended(false);
            response.resetBuffer();
            problems.write(response.getResponse(), problems.outsideTheApplication(status, request));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response is gone: nothing more to say
        }
    }
}
