package io.github.clvss.admin.account;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.IdentityProviders;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.admin.base.GrantNotice;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.VssException;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accounts, for platform administrators: open one or many (from a spreadsheet), disable and
 * re-enable, grant and revoke roles on territories, set a password, test the notifications.
 */
@Menu(order = 520, title = "nav.accounts", icon = "vaadin:users")
@Route("comptes")
@RolesAllowed("PLATFORM_ADMINISTRATOR")
final class AccountsView extends Main implements HasDynamicTitle {

    private final transient TerritoryAdministration territories;

    private final transient AccountAdministration accounts;

    private final AccountsImport accountsImport;

    private final transient Notifier notifier;
    private final transient GrantNotice notice;

    private final transient Clock clock;
    private final IdentityProviders providers;
    private final CurrentUser user;
    private final Grid<Account> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Map<TerritoryId, String> territoryNames = new HashMap<>();

    AccountsView(TerritoryAdministration territories, AccountAdministration accounts, Notifier notifier, GrantNotice notice,
            AccountsImport accountsImport, Clock clock, IdentityProviders providers, CurrentUser user) {
        this.providers = providers;
        this.territories = territories;
        this.accounts = accounts;
        this.accountsImport = accountsImport;
        this.notifier = notifier;
        this.notice = notice;
        this.clock = clock;
        this.user = user;
        addClassName("vss-page");
        add(new H1(getTranslation("accounts.title")), toolbar(), io.github.clvss.admin.base.Rows.counted(grid(), "accounts.count"));
    }

    private Div toolbar() {
        search.setLabel(getTranslation("accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button open = new Button(getTranslation("accounts.open"), VaadinIcon.PLUS.create(),
                click -> new AccountEditor(territories, accounts, notice, clock, user, this::opened).open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = accountsImport.then(this::opened);
        Button test = new Button(getTranslation("accounts.test-notification"), VaadinIcon.ENVELOPE_O.create(), click -> testNotification());
        Div toolbar = new Div(search, open, importCsv, test);
        toolbar.addClassName("vss-toolbar");
        return toolbar;
    }

    private Grid<Account> grid() {
        grid.setAriaLabel(getTranslation("accounts.title"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.login().value()).setHeader(getTranslation("accounts.column.login")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.column.name")).setAutoWidth(true);
        grid.addColumn(a -> a.email().map(Object::toString).orElse("")).setHeader(getTranslation("accounts.column.email"));
        grid.addColumn(this::grants).setHeader(getTranslation("accounts.column.roles")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled")
                        + (accounts.lockedUntil(user.actor(), a.id()).isPresent() ? " — " + getTranslation("accounts.locked") : ""))
                .setHeader(getTranslation("accounts.column.status"));
        grid.addComponentColumn(account -> {
            Button manage = new Button(getTranslation("accounts.manage"),
                    click -> new AccountManagement(territories, accounts, notice, providers, user, account,
                            () -> grid.getDataProvider().refreshAll()).open());
            manage.setAriaLabel(getTranslation("accounts.manage.aria", account.login().value()));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return manage;
        }).setHeader(getTranslation("accounts.column.actions"));
        io.github.clvss.admin.base.PageKeys<Account> keys = new io.github.clvss.admin.base.PageKeys<>(a -> a.id().value());
        grid.setItems(query -> keys.fetched(query, accounts.list(user.actor(), Optional.ofNullable(search.getValue()),
                        keys.page(query))),
                query -> keys.counted((int) accounts.count(user.actor(), Optional.ofNullable(search.getValue()))));
        return grid;
    }

    /** How a list of grants reads: "Coordination — Boulogne-Billancourt". */
    String grants(Account account) {
        return account.grants().stream().map(this::grant).sorted().collect(Collectors.joining(" ; "));
    }

    private String grant(Grant grant) {
        String role = getTranslation("role." + grant.role().name());
        return grant.territory().map(t -> role + " — " + territoryNames.computeIfAbsent(t,
                id -> territories.find(user.actor(), id).name())).orElse(role);
    }

    private void opened() {
        grid.getDataProvider().refreshAll();
    }

    private void testNotification() {
        try {
            Notifier.Delivery delivery = notifier.notify(user.actor(), user.account().id(), "notification.test", List.of());
            Refusals.done(getTranslation("accounts.test-notification.sent." + delivery.email().name()));
        } catch (VssException refusal) {
            Refusals.show(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
