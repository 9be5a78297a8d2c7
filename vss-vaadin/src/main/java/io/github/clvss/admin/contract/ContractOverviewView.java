package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.admin.base.Rows;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.path.PathRegister;
import java.time.Clock;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** The home screen: the current territory and its contracts, with their printable summary. */
@Menu(order = 100, title = "nav.contract", icon = "vaadin:file-text-o")
@Route("")
@PermitAll
final class ContractOverviewView extends Main implements HasDynamicTitle {

    /**
     * @param dashboard the coordinator's dashboard, shown under the contracts for the territory's latest one
     */
    ContractOverviewView(ContractManagement contracts, CurrentUser user, TerritoryContext territories, Dashboard dashboard,
            PathRegister paths, Clock clock) {
        addClassName("vss-page");
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new H1(getTranslation("overview.title")), new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Territory t = territory.get();
        Actor actor = user.actor();
        add(new H1(getTranslation("overview.heading", t.name())), facts(t.facts()));
        add(new H2(getTranslation("overview.contracts")));
        Grid<Contract> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("overview.contracts"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Contract::title).setHeader(getTranslation("overview.column.title")).setFlexGrow(3);
        grid.addColumn(c -> date(c.startDate())).setHeader(getTranslation("overview.column.start"));
        grid.addColumn(c -> date(c.endDate())).setHeader(getTranslation("overview.column.end"));
        grid.addColumn(c -> getTranslation("provenance." + c.provenance().name())).setHeader(getTranslation("overview.column.provenance"));
        grid.addComponentColumn(this::documentLinks).setHeader(getTranslation("overview.column.documents")).setFlexGrow(2);
        grid.setItems(query -> contracts.list(actor, t.id(), Paging.of(query)).stream(),
                query -> (int) contracts.count(actor, t.id()));
        grid.setAllRowsVisible(true);
        add(Rows.counted(grid, "contracts.count"));
        if (actor.coordinates(t.id())) {
            com.vaadin.flow.router.RouterLink start = new com.vaadin.flow.router.RouterLink(
                    getTranslation("new-contract.title"), NewContractView.class);
            start.setId("contract-new");
            add(new Paragraph(start));
        }
        territories.contract().ifPresent(contract -> add(dashboard.show(t, contract)));
        if (actor.holds(io.github.clvss.core.access.Role.COORDINATOR, t.id())) {
            add(new LateHandovers(paths, clock, actor, t));
        }
    }

    private DescriptionList facts(TerritoryFacts facts) {
        DescriptionList list = new DescriptionList();
        list.addClassName("vss-facts");
        term(list, "territory.kind", getTranslation("territory.kind." + facts.kind().name()));
        facts.inseeCode().ifPresent(code -> term(list, "territory.insee", code.value()));
        term(list, "territory.department", facts.department().value());
        term(list, "territory.siren", facts.siren().value());
        term(list, "territory.population", facts.population()
                .map(p -> getTranslation("territory.population.value", p.inhabitants(), String.valueOf(p.year().getValue())))
                .orElse(getTranslation("value.unknown")));
        term(list, "territory.time-zone", facts.timeZone().getId());
        return list;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Div documentLinks(Contract contract) {
        String lang = Language.of(getLocale()).locale().getLanguage();
        String base = "documents/contracts/" + contract.id() + "/summary";
        com.vaadin.flow.router.RouterLink open = new com.vaadin.flow.router.RouterLink(getTranslation("overview.open"),
                ContractView.class, contract.id().toString());
        open.getElement().setAttribute("aria-label", getTranslation("overview.open.aria", contract.title()));
        Anchor pdf = new Anchor(base + ".pdf?lang=" + lang, getTranslation("overview.summary.pdf"));
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("download", true);
        Anchor html = new Anchor(base + ".html?lang=" + lang, getTranslation("overview.summary.html"));
        html.getElement().setAttribute("router-ignore", true);
        html.setTarget(AnchorTarget.BLANK);
        Div links = new Div(open, pdf, html);
        links.addClassName("vss-links");
        return links;
    }

    private String date(Optional<LocalDate> date) {
        return date.map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())::format)
                .orElse(getTranslation("value.unknown"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
