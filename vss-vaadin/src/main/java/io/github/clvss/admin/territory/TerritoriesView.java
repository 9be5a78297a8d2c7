package io.github.clvss.admin.territory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.PageKeys;
import io.github.clvss.admin.base.Rows;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.base.GrantNotice;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The territories of the installation, for platform administrators: each town with its INSEE
 * code, département and population, and the form that sets up a new one with its coordinator.
 */
@Menu(order = 515, title = "nav.territories", icon = "vaadin:map-marker")
@Route("territoires")
@RolesAllowed("PLATFORM_ADMINISTRATOR")
final class TerritoriesView extends Main implements HasDynamicTitle {

    private final Grid<Territory> grid = new Grid<>();
    private final TerritoryAdministration territories;

    TerritoriesView(TerritoryAdministration territories, AccountAdministration accounts, ContractFiles files,
            GrantNotice notice, Clock clock, CurrentUser user) {
        this.territories = territories;
        addClassName("vss-page");
        Button create = new Button(getTranslation("territories.create"), VaadinIcon.PLUS.create(),
                click -> new TerritoryEditor(territories, accounts, notice, clock, user, t -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("territory-create");
        Button file = new Button(getTranslation("territories.file"), VaadinIcon.UPLOAD.create(),
                click -> new ContractFileDialog(files, user.actor(), () -> refresh()).open());
        file.setId("territory-file");
        Div toolbar = new Div(create, file);
        toolbar.addClassName("vss-toolbar");
        grid.setAriaLabel(getTranslation("territories.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::identity).setHeader(getTranslation("territories.column.name")).setFlexGrow(3);
        grid.addColumn(t -> t.facts().population().map(p -> getTranslation("territory.population.value",
                        String.format(getLocale(), "%,d", p.inhabitants()), String.valueOf(p.year().getValue())))
                .orElse(getTranslation("value.unknown"))).setHeader(getTranslation("territory.population")).setFlexGrow(1);
        // 35,000 communes at national scale: the grid scrolls page by page, each page read from
        // the name index by seeking from the row before; counted once per refresh.
        PageKeys<Territory> keys = new PageKeys<>(t -> t.id().value());
        grid.setItems(query -> keys.fetched(query, territories.list(user.actor(), keys.page(query))),
                query -> keys.counted((int) territories.count(user.actor())));
        add(new H1(getTranslation("territories.title")), new Paragraph(getTranslation("territories.help")), toolbar,
                Rows.counted(grid, "territories.count"));
    }

    /**
     * A territory's name, then what identifies it: kind, INSEE code, département — readable on a
     * phone —, then what is worth a second look in its facts (a SIREN that does not follow the
     * INSEE code), in words.
     */
    private Div identity(Territory territory) {
        Span name = new Span(territory.name());
        name.addClassName("vss-strong");
        String details = getTranslation("territory.kind." + territory.facts().kind().name())
                + territory.facts().inseeCode().map(code -> " · " + getTranslation("territory.insee") + " " + code).orElse("")
                + " · " + getTranslation("territory.department") + " " + territory.facts().department().value();
        Span more = new Span(details);
        more.addClassName("vss-muted");
        Div cell = new Div(name, new Div(more));
        Messages messages = Messages.of(getLocale());
        for (Problem warning : territories.warnings(territory.facts())) {
            Span said = new Span(getTranslation("territories.warning", messages.text(warning)));
            said.addClassName("vss-warning");
            cell.add(new Div(said));
        }
        return cell;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territories.title");
    }
}
