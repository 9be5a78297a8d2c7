package io.github.clvss.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a session lasts: it ends after {@code idleTimeout} without a request (set on each new
 * session, to the second, where the servlet container counts in minutes), and {@code
 * absoluteTimeout} after it began however active it is — a forgotten or stolen session cannot be
 * kept alive for ever. The next request then goes through sign-in again. The container's times
 * are wall-clock times, so this reads the system clock, not the application's.
 */
final class SessionLifetime extends OncePerRequestFilter implements HttpSessionListener {

    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Clock clock;

    SessionLifetime(Duration idleTimeout, Duration absoluteTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime()).plus(absoluteTimeout).isBefore(clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
