package io.github.clvss.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every admin page and request, set before anything answers (Spring
 * Security's header writers do not reach the responses Vaadin writes): a Content-Security-Policy
 * limited to this application, {@code nosniff}, no referrer, no framing by other sites, and
 * {@code no-store} except for Vaadin's static files. The residents' pages and the documents set
 * their own, stricter ones.
 */
final class AdminHeaders extends OncePerRequestFilter {

    /**
     * What the admin pages may load: only this application. Vaadin Flow needs inline and
     * evaluated scripts and inline styles (its client engine builds functions from what the
     * server sends); images may be data or blob URLs (the logo preview, server-drawn charts).
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/aide/") || path.startsWith("/public/") || path.startsWith("/documents/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!request.getRequestURI().contains("/VAADIN/")) {
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        }
        chain.doFilter(request, response);
    }
}
