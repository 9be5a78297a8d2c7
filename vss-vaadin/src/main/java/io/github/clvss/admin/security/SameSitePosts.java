package io.github.clvss.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request another site's page sent. Spring Security's token guards the
 * sign-out, and Vaadin's its own requests, but Vaadin exempts the sign-in form from the token: a
 * foreign page could sign a person's browser into another account. Browsers say where a request
 * comes from ({@code Sec-Fetch-Site}, else {@code Origin}); a request that says another site is
 * answered 403 before anything reads it. Clients that are not browsers send neither and pass:
 * they cannot be made to post on someone's behalf.
 */
final class SameSitePosts extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals("null") && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
