package com.estatecare.platform;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A bound on the request bodies of some paths: a body that says it is longer is refused with a 413 problem
 * ({@code payload-too-large}) before it is read; one sent without its length ends in an error after {@code max}
 * bytes, which the readers report as a malformed body. Reading a hostile body costs at most {@code max} bytes.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** The filter for {@code urlPatterns} (servlet patterns such as {@code /api/v1/inbound/*}). */
    public static FilterRegistrationBean<OncePerRequestFilter> filter(Problems problems, long max,
            String... urlPatterns) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (request.getContentLengthLong() > max) {
                    problems.write(response, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                            Problems.locale(request.getHeader("Accept-Language"))));
                    return;
                }
                chain.doFilter(new Bounded(request, max), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(urlPatterns);
        return registration;
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0 && ++read > max) {
                        throw new IOException("request body longer than " + max + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, (int) Math.min(length, max + 1 - read));
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("request body longer than " + max + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
