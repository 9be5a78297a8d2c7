package io.github.clvss.admin.account;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.admin.base.GrantNotice;
import io.github.clvss.core.territory.TerritoryAdministration;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.IdentityProviders;
import io.github.clvss.core.account.LinkedIdentity;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.shared.VssException;
import java.util.List;

/**
 * One account: its grants, its status, its password. Every change is made against the version
 * shown, a password reset too (two administrators resetting at once: the second is told). Granting a role and setting a
 * password are forms ({@link GrantEditor}, {@link PasswordEditor}); the rest are buttons.
 */
final class AccountManagement extends Dialog {

    private final transient TerritoryAdministration territories;

    private final transient AccountAdministration accounts;

    private final transient GrantNotice notice;
    private final IdentityProviders providers;
    private final CurrentUser user;
    private final Runnable changed;
    private final ProblemList problems = new ProblemList();
    private final Div body = new Div();
    private Account account;

    AccountManagement(TerritoryAdministration territories, AccountAdministration accounts, GrantNotice notice,
            IdentityProviders providers, CurrentUser user, Account account, Runnable changed) {
        this.territories = territories;
        this.providers = providers;
        this.accounts = accounts;
        this.notice = notice;
        this.user = user;
        this.account = account;
        this.changed = changed;
        setHeaderTitle(getTranslation("accounts.manage.title", account.login().value()));
        add(problems, body);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        render();
    }

    private void render() {
        body.removeAll();
        body.add(new Paragraph(account.displayName() + account.email().map(e -> " — " + e.value()).orElse("")));
        body.add(new H3(getTranslation("accounts.manage.grants")));
        UnorderedList grants = new UnorderedList();
        for (Grant grant : account.grants()) {
            Button revoke = new Button(getTranslation("accounts.manage.revoke"), click -> act(() ->
                    accounts.revoke(user.actor(), account.id(), account.version(), grant)));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            grants.add(new ListItem(new com.vaadin.flow.component.html.Span(label(grant) + " "), revoke));
        }
        if (account.grants().isEmpty()) {
            grants.add(new ListItem(getTranslation("accounts.manage.no-grant")));
        }
        body.add(grants);
        GrantEditor adding = new GrantEditor(territories, user, g -> changed(accounts.grant(user.actor(), account.id(),
                account.version(), g), granted -> notice.announce(user.actor(), granted, g, this)));
        Div grantRow = new Div(adding, adding.saveButton());
        grantRow.addClassName("vss-inline");
        body.add(grantRow);

        body.add(new H3(getTranslation("accounts.manage.status")));
        Button toggle = account.enabled()
                ? new Button(getTranslation("accounts.manage.disable"), click -> act(() ->
                        accounts.disable(user.actor(), account.id(), account.version())))
                : new Button(getTranslation("accounts.manage.enable"), click -> act(() ->
                        accounts.enable(user.actor(), account.id(), account.version())));
        body.add(new Paragraph(getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled")), toggle);
        accounts.lockedUntil(user.actor(), account.id()).ifPresent(until -> {
            Button unlock = new Button(getTranslation("accounts.manage.unlock"), click -> act(() -> {
                accounts.unlock(user.actor(), account.id());
                return accounts.find(user.actor(), account.id());
            }));
            body.add(new Paragraph(getTranslation("accounts.manage.locked", when(until))), unlock);
        });

        body.add(new H3(getTranslation("accounts.manage.second-factor")));
        io.github.clvss.core.account.AccountAdministration.SecondFactorState second =
                accounts.secondFactor(user.actor(), account.id());
        if (second.active()) {
            Button remove = new Button(getTranslation("accounts.manage.second-factor.remove"), click -> act(() -> {
                accounts.removeSecondFactor(user.actor(), account.id());
                return accounts.find(user.actor(), account.id());
            }));
            body.add(new Paragraph(getTranslation("accounts.manage.second-factor.active", second.recoveryCodesLeft())), remove);
        } else {
            body.add(new Paragraph(getTranslation("accounts.manage.second-factor.none")));
        }

        identities();

        body.add(new H3(getTranslation("accounts.manage.password")));
        PasswordEditor password = new PasswordEditor(typed -> changed(accounts.setPassword(user.actor(), account.id(), account.version(), typed),
                set -> { }));
        Div passwordRow = new Div(password, password.saveButton());
        passwordRow.addClassName("vss-inline");
        body.add(passwordRow);
    }

    /**
     * The identity providers' identities that open the account, each with a button to unlink it,
     * and the form that links one more.
     */
    private void identities() {
        body.add(new H3(getTranslation("accounts.identities")));
        List<LinkedIdentity> linked = accounts.identities(user.actor(), account.id());
        UnorderedList list = new UnorderedList();
        list.addClassName("vss-identities");
        for (LinkedIdentity identity : linked) {
            String provider = providers.nameOf(identity.issuer());
            Button unlink = new Button(getTranslation("accounts.identities.unlink"), click -> act(() -> {
                accounts.unlinkIdentity(user.actor(), account.id(), identity.issuer(), identity.subject());
                return accounts.find(user.actor(), account.id());
            }));
            unlink.setAriaLabel(getTranslation("accounts.identities.unlink.aria", provider, identity.subject()));
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new com.vaadin.flow.component.html.Span(getTranslation("accounts.identities.item",
                    provider, identity.subject(), day(identity.linkedAt())) + " "), unlink));
        }
        if (linked.isEmpty()) {
            list.add(new ListItem(getTranslation("accounts.identities.none")));
        }
        body.add(list);
        IdentityEditor linking = new IdentityEditor(providers.configuredIssuer(), (issuer, subject) -> {
            accounts.linkIdentity(user.actor(), account.id(), issuer, subject);
            return changed(accounts.find(user.actor(), account.id()), same -> { });
        });
        Div linkRow = new Div(linking, linking.saveButton());
        linkRow.addClassName("vss-inline");
        body.add(linkRow);
    }

    /** A day as people read it. */
    private String day(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(getLocale()).withZone(java.time.ZoneId.of("Europe/Paris")).format(instant);
    }

    /** A moment as people read it, in the installation's usual zone. */
    private String when(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(java.time.ZoneId.of("Europe/Paris")).format(instant);
    }

    private String label(Grant grant) {
        String role = getTranslation("role." + grant.role().name());
        return grant.territory().map(t -> role + " — " + territories.find(user.actor(), t).name()).orElse(role);
    }

    /** After a form of the dialog saved a change: the account as it is now, shown again. */
    private String changed(Account after, java.util.function.Consumer<Account> then) {
        account = after;
        then.accept(after);
        problems.clear();
        changed.run();
        render();
        return getTranslation("accounts.manage.saved");
    }

    private void act(java.util.function.Supplier<Account> change) {
        try {
            account = change.get();
            problems.clear();
            changed.run();
            render();
            Refusals.done(getTranslation("accounts.manage.saved"));
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }
}
