package io.github.clvss.admin.resource;

import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.ResourcesCsv;
import io.github.clvss.core.resource.ResourceRegistry;
import java.time.Clock;
import io.github.clvss.admin.base.CsvImportDialog;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.admin.base.Stale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The useful addresses that serve the territory — national, departmental, its own — with their
 * freshness; confirming them; adding the territory's own from a spreadsheet.
 */
@Menu(order = 220, title = "nav.resources", icon = "vaadin:phone")
@Route("ressources")
@PermitAll
final class ResourcesView extends Main implements HasDynamicTitle {

    ResourcesView(ResourceRegistry resources, CsvImport.Limits csvLimits, ResourcesCsv resourcesCsv, Clock clock, CurrentUser user, TerritoryContext territories, VssProperties properties) {
        addClassName("vss-page");
        add(new H1(getTranslation("resources.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Actor actor = user.actor();
        Language language = Language.of(getLocale());
        Grid<Resource> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("resources.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        io.github.clvss.admin.base.Rows.column(grid, Resource::name).setHeader(getTranslation("resources.column.name")).setFlexGrow(2);
        var scope = io.github.clvss.admin.base.Rows.column(grid, r -> getTranslation("resources.scope." + r.scope().name())).setHeader(getTranslation("resources.column.scope"));
        io.github.clvss.admin.base.Rows.column(grid, r -> Stream.of(r.phone().map(PhoneNumber::display), r.sms().map(s -> "SMS " + s.display()), r.web())
                .flatMap(Optional::stream).collect(Collectors.joining(" · "))).setHeader(getTranslation("resources.column.reach")).setFlexGrow(2);
        var description = io.github.clvss.admin.base.Rows.column(grid, r -> r.description(language)).setHeader(getTranslation("resources.column.description"))
                .setFlexGrow(3);
        var verified = grid.addComponentColumn(r -> Stale.badge(r.verified(), clock, properties.staleAfter(), getLocale(),
                (key, args) -> getTranslation(key, args))).setHeader(getTranslation("partners.column.verified"));
        io.github.clvss.admin.base.Rows.secondary(grid, scope, description, verified);
        grid.addComponentColumn(r -> {
            Button confirm = new Button(getTranslation("resources.confirm"), click -> {
                try {
                    resources.confirm(user.actor(), r.id(), r.version());
                    grid.getDataProvider().refreshAll();
                    Refusals.done(getTranslation("accounts.manage.saved"));
                } catch (VssException refused) {
                    Refusals.show(refused);
                }
            });
            confirm.setAriaLabel(getTranslation("resources.confirm.aria", r.name()));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button edit = new Button(getTranslation("resources.edit"), click -> new ResourceEditor(territory.get(), Optional.of(r),
                    clock, user.actor(), resource -> resources.correct(user.actor(), resource),
                    () -> grid.getDataProvider().refreshAll()).open());
            edit.setAriaLabel(getTranslation("resources.edit.aria", r.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // only the buttons the registry would accept: an observer sees none
            boolean may = resources.mayCorrect(actor, r);
            confirm.setVisible(may);
            edit.setVisible(may);
            return new com.vaadin.flow.component.html.Div(confirm, edit);
        }).setHeader(getTranslation("partners.column.actions"));
        io.github.clvss.admin.base.PageKeys<Resource> keys = new io.github.clvss.admin.base.PageKeys<>(r -> r.id().value());
        grid.setItems(query -> keys.fetched(query, resources.serving(user.actor(), territory.get().id(), keys.page(query))),
                query -> keys.counted((int) resources.countServing(user.actor(), territory.get().id())));
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        if (actor.coordinates(territory.get().id())) {
            Button add = new Button(getTranslation("resources.add"), VaadinIcon.PLUS.create(), click -> new ResourceEditor(
                    territory.get(), Optional.empty(), clock, actor,
                    resource -> {
                        Resource added = resources.addAll(user.actor(), java.util.List.of(resource)).getFirst();
                        io.github.clvss.admin.base.Rows.show(grid, row -> row.id().equals(added.id()));
                        return added;
                    },
                    () -> grid.getDataProvider().refreshAll()).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
            toolbar.add(new Button(getTranslation("resources.import"), VaadinIcon.UPLOAD.create(), click ->
                    new CsvImportDialog<Resource>(getTranslation("resources.import"), getTranslation("resources.import.help"),
                            csvLimits,
                            (bytes, progress) -> resourcesCsv.read(actor, territory.get().id(), bytes, progress),
                            lines -> Parsed.valid(resourcesCsv.add(actor, lines).size()),
                            () -> grid.getDataProvider().refreshAll())
                            .wording("import.lines")
                            .column(getTranslation("resources.column.name"), Resource::name)
                            .column(getTranslation("resources.column.scope"), r -> getTranslation("resources.scope." + r.scope().name()))
                            .open()));
        }
        add(toolbar, io.github.clvss.admin.base.Rows.counted(grid, "resources.count"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resources.title");
    }
}
