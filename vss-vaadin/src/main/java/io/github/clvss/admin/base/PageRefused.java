package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** What a page the person's roles do not open shows: "Accès refusé", in words and with a title. */
@AnonymousAllowed
public final class PageRefused extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient AuthenticationContext authentication;

    PageRefused(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Refused.fill(this, "error.refused", authentication.isAuthenticated());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.refused.title");
    }
}
