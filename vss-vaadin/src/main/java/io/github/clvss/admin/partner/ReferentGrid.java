package io.github.clvss.admin.partner;

import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.VssException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Référents, read page by page in SQL (seeking from the last row read as the grid scrolls), by
 * name, the history on request. Each row
 * offers what the signed-in person may do — correct, replace, end, make main, export, erase —
 * and vss-core refuses the rest.
 */
final class ReferentGrid extends Grid<Referent> {

    private final transient ReferentRegister referents;

    private final transient Clock clock;
    private final transient Territory territory;
    private final CurrentUser user;
    private final Supplier<ReferentQuery> query;
    private final Function<PartnerId, String> partnerNames;

    ReferentGrid(ReferentRegister referents, Clock clock, Territory territory, CurrentUser user, Supplier<ReferentQuery> query, Function<PartnerId, String> partnerNames,
            boolean showPartner) {
        this.referents = referents;
        this.clock = clock;
        this.territory = territory;
        this.user = user;
        this.query = query;
        this.partnerNames = partnerNames;
        setAriaLabel(getTranslation("referents.title"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> r.details().map(ReferentDetails::name).orElse(getTranslation("referents.former")))
                .setHeader(getTranslation("referents.column.name")).setFlexGrow(2);
        if (showPartner) {
            addColumn(r -> partnerNames.apply(r.partner())).setHeader(getTranslation("referents.column.partner")).setFlexGrow(2);
        }
        addColumn(r -> r.details().map(ReferentDetails::function).orElse("")).setHeader(getTranslation("referents.column.function"))
                .setFlexGrow(2);
        addColumn(r -> r.details().flatMap(ReferentDetails::phone).map(PhoneNumber::display).orElse(""))
                .setHeader(getTranslation("referents.column.phone"));
        addColumn(r -> r.details().flatMap(ReferentDetails::email).map(Object::toString).orElse(""))
                .setHeader(getTranslation("referents.column.email"));
        addColumn(this::period).setHeader(getTranslation("referents.column.period"));
        addColumn(r -> r.main() ? getTranslation("referents.main.yes") : "").setHeader(getTranslation("referents.column.main"));
        addComponentColumn(this::actions).setHeader(getTranslation("referents.column.actions")).setFlexGrow(3);
        io.github.clvss.admin.base.PageKeys<Referent> keys = new io.github.clvss.admin.base.PageKeys<>(r -> r.id().value());
        setItems(q -> keys.fetched(q, referents.list(user.actor(), query.get(), keys.page(q))),
                q -> keys.counted((int) referents.count(user.actor(), query.get())));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private String period(Referent r) {
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale());
        String from = r.from().map(dates::format).orElse("…");
        return r.until().map(until -> from + " → " + dates.format(until)).orElse(getTranslation("referents.since", from));
    }

    private Component actions(Referent referent) {
        com.vaadin.flow.component.menubar.MenuBar bar = new com.vaadin.flow.component.menubar.MenuBar();
        bar.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_SMALL);
        com.vaadin.flow.component.contextmenu.SubMenu actions = bar.addItem(getTranslation("referents.column.actions"))
                .getSubMenu();
        bar.getItems().getFirst().setAriaLabel(getTranslation("referents.actions.aria",
                referent.details().map(ReferentDetails::name).orElse(getTranslation("referents.former"))));
        Actor actor = user.actor();
        boolean mayChange = AccessPolicy.changePartner(actor, referent.territory(), referent.partner()).isAllowed();
        if (mayChange && !referent.isErased()) {
            item(actions, "referents.correct", () -> new ReferentEditor("referents.correct", Optional.of(referent),
                    true, false, (details, from, until, main) ->
                        referents.correct(user.actor(), referent.id(), referent.version(), details, from, until),
                    this::refresh).open());
            item(actions, "referents.replace", () -> new ReferentEditor("referents.replace", Optional.empty(),
                    false, false, (details, from, until, main) ->
                        referents.replace(user.actor(), referent.id(), referent.version(), details,
                                from.orElse(territory.facts().today(clock))),
                    this::refresh).open());
            if (referent.until().isEmpty()) {
                item(actions, "referents.end", () -> act(() ->
                        referents.end(user.actor(), referent.id(), referent.version(), territory.facts().today(clock))));
            }
            if (!referent.main()) {
                item(actions, "referents.make-main", () -> act(() ->
                        referents.makeMain(user.actor(), referent.id(), referent.version())));
            }
        }
        if (mayChange) {
            Anchor export = new Anchor((DownloadHandler) event -> {
                Actor exporter;
                event.getSession().lock();
                try {
                    exporter = user.actor();
                } finally {
                    event.getSession().unlock();
                }
                byte[] json = personalData(referents.export(exporter, referent.id()));
                event.setFileName("referent-" + referent.id() + ".json");
                event.setContentType("application/json");
                event.getOutputStream().write(json);
            }, getTranslation("referents.export"));
            export.getElement().setAttribute("download", true);
            actions.addItem(export);
        }
        if (actor.coordinates(referent.territory()) && !referent.isErased()) {
            item(actions, "referents.erase", () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("referents.erase.title"),
                        getTranslation("referents.erase.text"), getTranslation("referents.erase.confirm"),
                        event -> act(() -> referents.erase(user.actor(), referent.id())));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
        }
        bar.setVisible(!actions.getItems().isEmpty());
        return bar;
    }

    private void item(com.vaadin.flow.component.contextmenu.SubMenu menu, String key, Runnable action) {
        menu.addItem(getTranslation(key), click -> action.run());
    }

    /** Everything vss holds about the person, as JSON, for their right of access. */
    static byte[] personalData(Referent referent) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("id", referent.id().toString());
        data.put("partner", referent.partner().toString());
        referent.details().ifPresent(d -> {
            data.put("name", d.name());
            data.put("function", d.function());
            d.phone().ifPresent(p -> data.put("phone", p.value()));
            d.email().ifPresent(e -> data.put("email", e.value()));
            d.availability().ifPresent(a -> data.put("availability", a));
        });
        referent.from().ifPresent(f -> data.put("from", f.toString()));
        referent.until().ifPresent(u -> data.put("until", u.toString()));
        data.put("main", referent.main());
        data.put("erased", referent.isErased());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(data)
                .getBytes(StandardCharsets.UTF_8);
    }


    private void act(Supplier<Referent> change) {
        try {
            change.get();
            done();
        } catch (VssException refused) {
            Refusals.show(refused);
        }
    }

    private void done() {
        refresh();
        Refusals.done(getTranslation("accounts.manage.saved"));
    }

}
