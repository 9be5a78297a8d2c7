package io.github.clvss.admin.ui;

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
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.PageRequest;
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
@Route("comptes")
@RolesAllowed("PLATFORM_ADMINISTRATOR")
public final class AccountsView extends Main implements HasDynamicTitle {

    private final Vss vss;
    private final CurrentUser user;
    private final Grid<Account> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Map<TerritoryId, String> territoryNames = new HashMap<>();

    AccountsView(Vss vss, CurrentUser user) {
        this.vss = vss;
        this.user = user;
        addClassName("vss-page");
        add(new H1(getTranslation("accounts.title")), toolbar(), grid());
    }

    private Div toolbar() {
        search.setLabel(getTranslation("accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button open = new Button(getTranslation("accounts.open"), VaadinIcon.PLUS.create(),
                click -> new AccountForm(vss, user, this::opened).open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("accounts.import"), VaadinIcon.UPLOAD.create(), click -> importAccounts());
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
                        + (vss.accounts().lockedUntil(user.actor(), a.id()).isPresent() ? " — " + getTranslation("accounts.locked") : ""))
                .setHeader(getTranslation("accounts.column.status"));
        grid.addComponentColumn(account -> {
            Button manage = new Button(getTranslation("accounts.manage"),
                    click -> new AccountManagement(vss, user, account, () -> grid.getDataProvider().refreshAll()).open());
            manage.setAriaLabel(getTranslation("accounts.manage.aria", account.login().value()));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return manage;
        }).setHeader(getTranslation("accounts.column.actions"));
        grid.setItems(query -> vss.accounts().list(user.actor(), Optional.ofNullable(search.getValue()),
                        new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT))).stream(),
                query -> (int) vss.accounts().count(user.actor(), Optional.ofNullable(search.getValue())));
        return grid;
    }

    /** How a list of grants reads: "Coordination — Boulogne-Billancourt". */
    String grants(Account account) {
        return account.grants().stream().map(this::grant).sorted().collect(Collectors.joining(" ; "));
    }

    private String grant(Grant grant) {
        String role = getTranslation("role." + grant.role().name());
        return grant.territory().map(t -> role + " — " + territoryNames.computeIfAbsent(t,
                id -> vss.territories().find(user.actor(), id).name())).orElse(role);
    }

    private void importAccounts() {
        io.github.clvss.core.access.Actor actor = user.actor();
        new CsvImportDialog<io.github.clvss.core.account.AccountAdministration.Opening>(getTranslation("import.title"),
                getTranslation("import.help"), vss.csvLimits(),
                (bytes, progress) -> vss.accountsCsv().read(actor, bytes, progress),
                lines -> vss.accountsCsv().open(actor, lines).map(List::size),
                () -> grid.getDataProvider().refreshAll())
                .column(getTranslation("accounts.column.login"), o -> o.account().login().value())
                .column(getTranslation("accounts.column.name"), o -> o.account().displayName())
                .column(getTranslation("accounts.column.email"), o -> o.account().email().map(Object::toString).orElse(""))
                .column(getTranslation("accounts.column.roles"), o -> o.account().grants().stream()
                        .map(g -> getTranslation("role." + g.role().name())).collect(Collectors.joining(", ")))
                .open();
    }

    private void opened(Account account) {
        grid.getDataProvider().refreshAll();
        Refusals.done(getTranslation("accounts.opened", account.login().value()));
    }

    private void testNotification() {
        try {
            Notifier.Delivery delivery = vss.notifier().notify(user.actor(), user.account().id(), "notification.test", List.of());
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
