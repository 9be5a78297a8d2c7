package io.github.clvss.admin.ui;

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
import io.github.clvss.admin.config.VssProperties;
import io.github.clvss.core.shared.Language;

/** The sign-in page, the only screen open to anonymous visitors. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(VssProperties properties) {
        addClassName("vss-login");
        LoginI18n i18n = LoginI18n.createDefault();
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
        add(new H1(properties.branding().name()), languages(), form, new Paragraph(getTranslation("login.help")));
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
