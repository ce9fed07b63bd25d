package io.aegis.adapters.web;

import io.javalin.http.Header;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Wraps every request: assigns its id, echoes it in {@code X-Request-Id}, keeps it in the SLF4J MDC while
 * the request runs, and logs one access line at the end. A servlet filter rather than Javalin before/after
 * handlers because only a {@code finally} around the whole request guarantees that the MDC of the pooled
 * thread is cleared and the access line written, whatever happens inside.
 */
final class RequestContextFilter implements Filter {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.aegis.adapters.web.access");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = RequestIds.assign(request);
        response.setHeader(Header.X_REQUEST_ID, id);
        long started = System.nanoTime();
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            // the path only: query strings, headers and bodies may carry secrets
            ACCESS.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
