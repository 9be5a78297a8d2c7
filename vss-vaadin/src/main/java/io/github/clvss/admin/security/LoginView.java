package io.github.clvss.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import io.github.clvss.admin.base.VssProperties;
import org.springframework.security.web.WebAttributes;
import io.github.clvss.core.shared.Language;

/** The sign-in page, the only screen open to anonymous visitors. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(VssProperties properties, OidcProperties oidc) {
        addClassName("vss-login");
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(properties.branding().name()), languages(), form);
        if (oidc.enabled()) {
            add(provider(oidc));
        }
        add(new Paragraph(getTranslation("login.help")));
    }

    /** The button to sign in through the OpenID Connect provider (ProConnect…), when one is configured. */
    private Div provider(OidcProperties oidc) {
        com.vaadin.flow.component.html.Anchor button = new com.vaadin.flow.component.html.Anchor(
                "oauth2/authorization/" + OidcProperties.REGISTRATION,
                oidc.label() == null || oidc.label().isBlank() ? getTranslation("login.oidc") : oidc.label());
        button.setRouterIgnore(true);
        button.setId("vss-oidc");
        button.addClassName("vss-oidc");
        Div box = new Div(new Paragraph(getTranslation("login.oidc.or")), button);
        box.addClassName("vss-oidc-box");
        return box;
    }

    private Div languages() {
        Div choice = new Div();
        choice.addClassName("vss-languages");
        for (Language language : Language.values()) {
            Button button = new Button(language == Language.FR ? "Français" : "English", click -> {
                VaadinSession.getCurrent().setAttribute(Language.class, language);
                UI.getCurrent().getPage().reload();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("lang", language.locale().getLanguage());
            button.getElement().setAttribute("aria-pressed", String.valueOf(getLocale().getLanguage().equals(language.locale().getLanguage())));
            choice.add(button);
        }
        return choice;
    }

    /**
     * After a refused sign-in, says why as far as a person may know: a wrong login or password,
     * or too many attempts (try again later). Both answers are given alike to known and unknown
     * logins; "too many attempts" tells a real person why their right password is refused for a
     * while, which only tells a guesser what they already know: that they tried too often.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        boolean tooMany = refused && lastRefusal().filter(TooManyAttempts.class::isInstance).isPresent();
        boolean unknown = refused && lastRefusal().filter(UnknownIdentity.class::isInstance).isPresent();
        boolean untrusted = refused && lastRefusal().filter(UntrustedIdentity.class::isInstance).isPresent();
        boolean expired = refused && lastRefusal().filter(SecondFactorStep.Expired.class::isInstance).isPresent();
        String key = tooMany ? "login.error.too-many" : unknown ? "login.error.unknown-identity"
                : untrusted ? "login.error.untrusted-identity" : expired ? "login.error.expired" : "login.error";
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key + ".message"));
        form.setI18n(i18n);
        form.setError(refused);
    }

    /** What Spring Security kept in the session about the last refused sign-in. */
    private static java.util.Optional<Object> lastRefusal() {
        return java.util.Optional.ofNullable(VaadinSession.getCurrent())
                .map(VaadinSession::getSession)
                .map(http -> http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
