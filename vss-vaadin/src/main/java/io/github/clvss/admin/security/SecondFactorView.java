package io.github.clvss.admin.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.clvss.admin.base.VssProperties;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a sign-in: the person types the six digits their authenticator shows (or a
 * recovery code). A plain HTML form posted to {@code /login/code} ({@link SecondFactorStep}),
 * shown only while a sign-in waits for its code.
 */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
public final class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph error = new Paragraph();

    SecondFactorView(VssProperties properties) {
        addClassName("vss-login");
        error.setId("vss-code-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H1(properties.branding().name()), new Paragraph(getTranslation("login.code.intro")), error);
        getElement().appendChild(form());
        add(new Paragraph(new Anchor("login", getTranslation("login.code.restart"))));
    }

    private Element form() {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/code");
        form.getClassList().add("vss-code-form");
        Element label = new Element("label");
        label.setAttribute("for", "vss-code");
        label.setText(getTranslation("login.code.label"));
        Element input = new Element("input");
        input.setAttribute("id", "vss-code");
        input.setAttribute("name", "code");
        input.setAttribute("autocomplete", "one-time-code");
        input.setAttribute("required", true);
        input.setAttribute("autofocus", true);
        input.setAttribute("maxlength", "20");
        input.setAttribute("aria-describedby", "vss-code-help");
        Element help = new Element("p");
        help.setAttribute("id", "vss-code-help");
        help.setText(getTranslation("login.code.help"));
        Element button = new Element("button");
        button.setAttribute("type", "submit");
        button.setText(getTranslation("login.code.submit"));
        form.appendChild(label, input, help);
        csrf().ifPresent(token -> {
            Element hidden = new Element("input");
            hidden.setAttribute("type", "hidden");
            hidden.setAttribute("name", token.getParameterName());
            hidden.setAttribute("value", token.getToken());
            form.appendChild(hidden);
        });
        form.appendChild(button);
        return form;
    }

    /** The request's CSRF token, for the plain form's post. */
    private static Optional<CsrfToken> csrf() {
        return Optional.ofNullable(VaadinServletRequest.getCurrent())
                .map(request -> request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()))
                .filter(CsrfToken.class::isInstance).map(CsrfToken.class::cast);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean waiting = Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getSession)
                .map((WrappedSession session) -> session.getAttribute(SignInFailures.PENDING)).isPresent();
        if (!waiting) {
            event.forwardTo(LoginView.class);
            return;
        }
        boolean wrong = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        error.setText(getTranslation("login.code.wrong"));
        error.setVisible(wrong);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.code.page-title");
    }
}
