package io.github.clvss.admin.partner;

import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import java.time.Clock;
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
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.partner.Partner;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's partners — the signatory institutions and the others — with their role,
 * representative, freshness and référents; the document unique; the référents import.
 */
@Menu(order = 200, title = "nav.partners", icon = "vaadin:institution")
@Route("partenaires")
@PermitAll
final class PartnersView extends Main implements HasDynamicTitle {

    private final transient InstitutionDirectory institutions;

    private final transient PartnerRegister partners;

    private final transient ReferentRegister referents;

    private final DirectoryDownload directory;
    private final ReferentsImport referentsImport;

    private final transient Clock clock;
    private final CurrentUser user;
    private final TerritoryContext territories;
    private final VssProperties properties;
    private final Map<PartnerId, String> names = new HashMap<>();

    PartnersView(InstitutionDirectory institutions, PartnerRegister partners, ReferentRegister referents, DirectoryDownload directory,
            ReferentsImport referentsImport, Clock clock, CurrentUser user, TerritoryContext territories, VssProperties properties) {
        this.territories = territories;
        this.institutions = institutions;
        this.partners = partners;
        this.referents = referents;
        this.directory = directory;
        this.referentsImport = referentsImport;
        this.clock = clock;
        this.user = user;
        this.properties = properties;
        addClassName("vss-page");
        add(new H1(getTranslation("partners.title")));
        Optional<Contract> contract = territories.contract();
        if (contract.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Grid<Partner> grid = new Grid<>();
        add(toolbar(contract.get(), grid), io.github.clvss.admin.base.Rows.counted(grid(contract.get(), grid), "partners.count"));
    }

    private Div toolbar(Contract contract, Grid<Partner> grid) {
        Actor actor = user.actor();
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        toolbar.add(directory.show(contract));
        if (actor.coordinates(contract.territory())) {
            toolbar.add(new Button(getTranslation("partners.add"), VaadinIcon.PLUS.create(),
                    click -> new PartnerAdditionEditor(institutions, partners, clock, user, contract, () -> grid.getDataProvider().refreshAll())
                            .whenAdded(id -> io.github.clvss.admin.base.Rows.show(grid, row -> row.id().equals(id))).open()));
        }
        boolean mayImport = actor.coordinates(contract.territory())
                || actor.grants().stream().anyMatch(g -> g.role() == Role.PARTNER && g.covers(contract.territory()));
        if (mayImport) {
            toolbar.add(referentsImport.into(contract, this::name, () -> grid.getDataProvider().refreshAll()));
        }
        return toolbar;
    }

    private Grid<Partner> grid(Contract contract, Grid<Partner> grid) {
        grid.setAriaLabel(getTranslation("partners.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        io.github.clvss.admin.base.Rows.column(grid, p -> name(p.id())).setHeader(getTranslation("partners.column.institution")).setFlexGrow(3);
        var representative = io.github.clvss.admin.base.Rows.column(grid, p -> p.representative().map(r -> r.title() + " — " + r.name()).orElse(""))
                .setHeader(getTranslation("partners.column.representative")).setFlexGrow(3);
        var signatory = io.github.clvss.admin.base.Rows.column(grid, p -> getTranslation(p.signatory() ? "partners.signatory.yes" : "partners.signatory.no"))
                .setHeader(getTranslation("partners.column.signatory"));
        var verified = grid.addComponentColumn(p -> Stale.badge(p.verified(), clock, properties.staleAfter(), getLocale(),
                (key, args) -> getTranslation(key, args))).setHeader(getTranslation("partners.column.verified"));
        io.github.clvss.admin.base.Rows.secondary(grid, representative, signatory, verified);
        grid.addComponentColumn(p -> {
            Button open = new Button(getTranslation("partners.open"), click ->
                    new PartnerDialog(partners, referents, clock, territories.current().orElseThrow(), user, p, name(p.id()), () -> grid.getDataProvider().refreshAll()).open());
            open.setAriaLabel(getTranslation("partners.open.aria", name(p.id())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("partners.column.actions"));
        io.github.clvss.admin.base.PageKeys<Partner> keys = new io.github.clvss.admin.base.PageKeys<>(p -> p.id().value());
        grid.setItems(query -> {
            List<Partner> page = partners.list(user.actor(), contract.id(), keys.page(query));
            // the page's institutions in one read, not one per row
            java.util.Set<io.github.clvss.core.institution.InstitutionId> missing = page.stream().filter(p -> !names.containsKey(p.id()))
                    .map(Partner::institution).collect(java.util.stream.Collectors.toSet());
            java.util.Map<io.github.clvss.core.institution.InstitutionId, String> found = new java.util.HashMap<>();
            if (!missing.isEmpty()) {
                institutions.findAll(user.actor(), missing).forEach(i -> found.put(i.id(), i.name()));
            }
            page.forEach(p -> names.computeIfAbsent(p.id(), id -> found.get(p.institution())));
            return keys.fetched(query, page);
        }, query -> keys.counted((int) partners.count(user.actor(), contract.id())));
        return grid;
    }

    private String name(PartnerId id) {
        return names.getOrDefault(id, id.toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title");
    }

}
