package io.github.clvss.admin.partner;

import io.github.clvss.core.csv.ReferentsCsv;
import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.core.partner.ReferentRegister;
import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.access.TerritoryId;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All the référents of the territory (annex 1 of the contract): search by name or function,
 * filter by partner, show the history; export as a spreadsheet (journaled).
 */
@Menu(order = 210, title = "nav.referents", icon = "vaadin:user-card")
@Route("referents")
@PermitAll
final class ReferentsView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Select<Optional<PartnerId>> partner = new Select<>();
    private final Checkbox history = new Checkbox();

    ReferentsView(ContractFrame contractFrame, ReferentRegister referents, ReferentsCsv referentsCsv, Clock clock, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("referents.title")));
        Optional<Territory> territory = territories.current();
        Actor actor = user.actor();
        Optional<io.github.clvss.core.contract.Contract> contract = territories.contract();
        if (contract.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Map<PartnerId, String> names = contractFrame.partnerNames(actor, contract.get());
        search.setLabel(getTranslation("referents.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        partner.setLabel(getTranslation("referents.column.partner"));
        List<Optional<PartnerId>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        names.keySet().stream().map(Optional::of).forEach(choices::add);
        partner.setItems(choices);
        partner.setItemLabelGenerator(p -> p.map(names::get).orElse(getTranslation("journal.filter.all")));
        partner.setValue(Optional.empty());
        history.setLabel(getTranslation("referents.history"));
        TerritoryQuery query = new TerritoryQuery(territory.get(), this);
        ReferentGrid grid = new ReferentGrid(referents, clock, territory.get(), user, query::current, id -> names.getOrDefault(id, ""), true);
        search.addValueChangeListener(change -> grid.refresh());
        partner.addValueChangeListener(change -> grid.refresh());
        history.addValueChangeListener(change -> grid.refresh());
        Anchor export = new Anchor((DownloadHandler) event -> {
            ReferentQuery exported;
            Actor exporter;
            event.getSession().lock();
            try {
                exported = query.current();
                exporter = user.actor();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName("referents.csv");
            event.setContentType("text/csv; charset=UTF-8");
            referentsCsv.export(exporter, exported, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        }, getTranslation("referents.export-csv"));
        export.getElement().setAttribute("download", true);
        Div filters = new Div(search, partner, history, export);
        filters.addClassName("vss-filters");
        // add a référent here, not only through Partenaires: the partners this account may change
        TerritoryId here = territory.get().id();
        List<PartnerId> appointable = names.keySet().stream()
                .filter(id -> AccessPolicy.changePartner(actor, here, id).isAllowed()).toList();
        if (!appointable.isEmpty()) {
            Button appoint = new Button(getTranslation("referents.appoint"), VaadinIcon.PLUS.create(),
                    click -> appoint(referents, clock, actor, here, appointable, names, grid));
            appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            appoint.setId("referents-appoint");
            Div toolbar = new Div(appoint);
            toolbar.addClassName("vss-toolbar");
            add(toolbar);
        }
        add(filters, io.github.clvss.admin.base.Rows.counted(grid, "referents.count"));
    }

    /**
     * Appoints a référent: to the partner the filter shows, or else to the partner chosen first
     * (the only one when the account may change only one).
     */
    private void appoint(ReferentRegister referents, Clock clock, Actor actor, TerritoryId here, List<PartnerId> appointable,
            Map<PartnerId, String> names, ReferentGrid grid) {
        Optional<PartnerId> shown = Optional.ofNullable(partner.getValue()).flatMap(p -> p)
                .filter(appointable::contains)
                .or(() -> appointable.size() == 1 ? Optional.of(appointable.getFirst()) : Optional.empty());
        if (shown.isPresent()) {
            editor(referents, clock, actor, here, shown.get(), grid).open();
            return;
        }
        Dialog choose = new Dialog();
        choose.setHeaderTitle(getTranslation("referents.appoint"));
        Select<PartnerId> which = new Select<>();
        which.setLabel(getTranslation("referents.column.partner"));
        which.setItems(appointable);
        which.setItemLabelGenerator(p -> p == null ? "" : names.getOrDefault(p, ""));
        which.setId("referents-appoint-partner");
        Button next = new Button(getTranslation("referents.appoint.next"), click -> {
            if (which.getValue() == null) {
                which.setInvalid(true);
                which.setErrorMessage(getTranslation("referents.appoint.partner-required"));
                return;
            }
            choose.close();
            editor(referents, clock, actor, here, which.getValue(), grid).open();
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("referents-appoint-next");
        choose.add(which);
        choose.getFooter().add(new Button(getTranslation("action.cancel"), click -> choose.close()), next);
        choose.open();
    }

    private static ReferentEditor editor(ReferentRegister referents, Clock clock, Actor actor, TerritoryId territory,
            PartnerId to, ReferentGrid grid) {
        return new ReferentEditor("referents.appoint", Optional.empty(), false, true, (details, from, until, main) ->
                referents.appoint(actor, Referent.appoint(clock, to, territory, details, from, main,
                        Provenance.ENTERED)), grid::refresh);
    }

    /** The search the filters describe. */
    private record TerritoryQuery(Territory territory, ReferentsView view) {
        ReferentQuery current() {
            String text = view.search.getValue();
            return new ReferentQuery(territory.id(), view.partner.getValue() == null ? Optional.empty() : view.partner.getValue(),
                    text == null || text.isBlank() ? Optional.empty() : Optional.of(text), !view.history.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referents.title");
    }
}
