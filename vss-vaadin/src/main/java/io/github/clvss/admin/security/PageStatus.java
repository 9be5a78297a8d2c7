package io.github.clvss.admin.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP status of a page opened by its address, for a signed-in person: Vaadin answers every
 * address with its page (200) and shows "Page introuvable" or "Accès refusé" inside it; this
 * gives the first response the status those words say — 404 for an address that is no screen,
 * 403 for a screen the person's roles do not open — so that a browser, a link checker or a
 * proxy reads it too. Vaadin's own requests, files and documents are left alone.
 */
final class PageStatus extends OncePerRequestFilter {

    private static final List<String> NOT_SCREENS = List.of("VAADIN/", "documents/", "aide/", "public/", "oauth2/",
            "login/oauth2/", "error");

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || path.substring(path.lastIndexOf('/') + 1).contains(".")
                || NOT_SCREENS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        NavigationRouteTarget target = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path(request));
        if (!target.hasTarget()) {
            chain.doFilter(request, new Status(response, HttpServletResponse.SC_NOT_FOUND));
        } else if (!access.hasAccess(target.getRouteTarget().getTarget(), request)) {
            chain.doFilter(request, new Status(response, HttpServletResponse.SC_FORBIDDEN));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A response whose status is set before the page is written, and kept unless an error replaces it. */
    private static final class Status extends HttpServletResponseWrapper {

        Status(HttpServletResponse response, int status) {
            super(response);
            response.setStatus(status);
        }

        @Override
        public void setStatus(int status) {
            if (status >= 300) {
                super.setStatus(status);
            }
        }
    }
}
