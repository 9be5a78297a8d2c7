package io.github.clvss.admin.deliberation;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.core.csv.DeliberationsCsv;
import io.github.clvss.core.deliberation.DeliberationRegister;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationCheck;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The territory's council deliberations, paged in SQL, each with what the checks find; a new
 * one; and the open-data export in the SCDL "Délibérations" format.
 */
@Menu(order = 110, title = "nav.deliberations", icon = "vaadin:gavel")
@Route("deliberations")
@PermitAll
final class DeliberationsView extends Main implements HasDynamicTitle {

    DeliberationsView(DeliberationRegister deliberations, DeliberationsCsv openData, CurrentUser user,
            TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("deliberations.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Actor actor = user.actor();
        Territory t = territory.get();
        add(new Paragraph(getTranslation("deliberations.intro")));
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        if (actor.coordinates(t.id())) {
            Button add = new Button(getTranslation("deliberation.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(DeliberationEditor.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("deliberations-new");
            toolbar.add(add);
        }
        Anchor scdl = new Anchor("documents/territories/" + t.id() + "/deliberations.csv", getTranslation("deliberations.scdl"));
        scdl.setId("deliberations-scdl");
        scdl.getElement().setAttribute("router-ignore", true);
        scdl.getElement().setAttribute("download", true);
        toolbar.add(scdl);
        // the lines the SCDL schema would refuse, flagged before anyone publishes the file
        ProblemList gaps = new ProblemList();
        gaps.setId("deliberations-scdl-gaps");
        gaps.getElement().removeAttribute("role");
        gaps.show(getTranslation("deliberations.scdl.gaps"), openData.gaps(actor, t.id()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<Deliberation> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("deliberations.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> d.session().date().map(dates::format).orElse(getTranslation("value.unknown")))
                .setHeader(getTranslation("deliberation.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> new RouterLink(d.object().isEmpty() ? getTranslation("value.unknown") : d.object(),
                DeliberationEditor.class, d.id().toString())).setHeader(getTranslation("deliberation.object")).setFlexGrow(3);
        grid.addColumn(d -> d.result().map(r -> getTranslation("deliberation.result." + r.name()))
                .orElse(getTranslation("value.unknown"))).setHeader(getTranslation("deliberation.result")).setAutoWidth(true);
        grid.addColumn(d -> d.transmission().actesIdText().orElse("")).setHeader(getTranslation("deliberation.actes"))
                .setAutoWidth(true);
        grid.addColumn(d -> findings(DeliberationCheck.check(d, t.facts()))).setHeader(getTranslation("deliberation.findings"))
                .setAutoWidth(true);
        io.github.clvss.admin.base.PageKeys<Deliberation> keys = new io.github.clvss.admin.base.PageKeys<>(d -> d.id().value());
        grid.setItems(query -> keys.fetched(query, deliberations.list(actor, t.id(), keys.page(query))),
                query -> keys.counted((int) deliberations.count(actor, t.id())));
        add(toolbar, gaps, io.github.clvss.admin.base.Rows.counted(grid, "deliberations.count"));
    }

    private String findings(List<Finding> found) {
        long errors = found.stream().filter(Finding::isError).count();
        return found.isEmpty() ? getTranslation("deliberation.findings.none")
                : getTranslation("deliberation.findings.summary", errors, found.size() - errors);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberations.title");
    }
}
