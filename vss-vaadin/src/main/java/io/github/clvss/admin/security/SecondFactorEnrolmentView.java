package io.github.clvss.admin.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Enrolment;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A coordinator's or an administrator's own second factor: enrol one (a QR code to scan, the
 * secret as text in groups of four and the {@code otpauth://} address for an authenticator application, then one code to confirm, then
 * the recovery codes shown once), or see that it is active. Removing one is an administrator's
 * act, on the accounts screen.
 */
@Route("compte/second-facteur")
@RolesAllowed({"PLATFORM_ADMINISTRATOR", "COORDINATOR"})
public final class SecondFactorEnrolmentView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration accounts;
    private final CurrentUser user;
    private final VssProperties properties;
    private final Div body = new Div();
    private final Paragraph problem = new Paragraph();

    SecondFactorEnrolmentView(AccountAdministration accounts, CurrentUser user, VssProperties properties) {
        this.accounts = accounts;
        this.user = user;
        this.properties = properties;
        problem.addClassName("vss-problems");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(new H2(getTranslation("second-factor.title")), problem, body);
        render();
    }

    private void render() {
        body.removeAll();
        Account account = user.account();
        AccountAdministration.SecondFactorState state = accounts.secondFactor(account.actor(), account.id());
        if (state.active()) {
            body.add(new Paragraph(getTranslation("second-factor.active", state.recoveryCodesLeft())),
                    new Paragraph(getTranslation("second-factor.lost")));
            return;
        }
        body.add(new Paragraph(getTranslation("second-factor.intro")));
        Button start = new Button(getTranslation("second-factor.start"), click -> act(() -> enrol(
                accounts.startSecondFactor(account.actor(), account.id(), properties.branding().name()))));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(start);
    }

    private void enrol(Enrolment enrolment) {
        body.removeAll();
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("vss-totp-secret");
        secret.addClassName("vss-secret");
        Image qr = new Image(QrCode.dataUri(enrolment.uri()), getTranslation("second-factor.qr.alt"));
        qr.setId("vss-totp-qr");
        qr.setWidth("14rem");
        qr.setHeight("14rem");
        // As text: Vaadin (rightly) refuses links with schemes it does not know as safe.
        Span uri = new Span(enrolment.uri());
        uri.setId("vss-totp-uri");
        uri.addClassName("vss-secret");
        TextField code = new TextField(getTranslation("second-factor.code"));
        code.setId("vss-totp-code");
        code.setHelperText(getTranslation("second-factor.code.help"));
        code.setMaxLength(7);
        code.setWidth("16rem");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Account account = user.account();
        Button confirm = new Button(getTranslation("second-factor.confirm"), click -> act(() -> recoveryCodes(
                accounts.confirmSecondFactor(account.actor(), account.id(), code.getValue()))));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new Paragraph(getTranslation("second-factor.qr")), qr,
                new Paragraph(getTranslation("second-factor.secret")), new Paragraph(secret),
                new Paragraph(getTranslation("second-factor.uri")), new Paragraph(uri), code, confirm);
    }

    private void recoveryCodes(List<String> codes) {
        body.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("vss-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        body.add(new Paragraph(getTranslation("second-factor.done")),
                new Paragraph(getTranslation("second-factor.recovery")), list);
    }

    private void act(Runnable action) {
        try {
            problem.setVisible(false);
            action.run();
        } catch (VssException refused) {
            Messages messages = Messages.of(getLocale());
            problem.setText(refused.problems().stream().map(messages::describe).collect(Collectors.joining(" ")));
            problem.setVisible(true);
        }
    }

    /** The secret in groups of four letters, easier to copy by hand. */
    private static String grouped(String secret) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            text.append(i == 0 ? "" : " ").append(secret, i, Math.min(secret.length(), i + 4));
        }
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.page-title");
    }
}
