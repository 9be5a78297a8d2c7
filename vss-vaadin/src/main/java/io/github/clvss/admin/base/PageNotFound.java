package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an address that leads nowhere shows — an unknown page, or a record the person may not
 * see (another town's contract) — in words and with a title, in every mode: never Vaadin's list
 * of routes.
 */
@AnonymousAllowed
public final class PageNotFound extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final transient AuthenticationContext authentication;

    PageNotFound(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Refused.fill(this, "error.not-found", authentication.isAuthenticated());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
