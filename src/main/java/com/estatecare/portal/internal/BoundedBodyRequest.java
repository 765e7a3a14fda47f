package com.estatecare.portal.internal;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body ends in an error after {@code max} bytes, for a body
 * sent without its length: reading it costs at most that much, and the JSON
 * reader reports a malformed body.
 */
class BoundedBodyRequest extends HttpServletRequestWrapper {

    private final long max;

    BoundedBodyRequest(HttpServletRequest request, long max) {
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
