package io.github.clvss.admin.institution;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.territory.TerritoryAdministration;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionProposal;
import io.github.clvss.core.institution.ProposalStatus;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The shared directory of institutions (a préfecture, a parquet, a hospital serve many towns):
 * one record each, with its parent. A platform administrator corrects any of them; a coordinator
 * corrects directly those only their territory uses and proposes a change to the others. Below,
 * the proposals: a coordinator follows their territory's, a platform administrator decides them.
 */
@Menu(order = 230, title = "nav.institutions", icon = "vaadin:building")
@Route("institutions")
@RolesAllowed({"PLATFORM_ADMINISTRATOR", "COORDINATOR"})
final class InstitutionsView extends Main implements HasDynamicTitle {

    private final Optional<Territory> territory;
    private final Grid<InstitutionProposal> proposals = new Grid<>();
    private final Select<String> proposalStatus = new Select<>();

    private final transient TerritoryAdministration territories;
    private final transient InstitutionDirectory directory;
    private final transient CurrentUser user;

    InstitutionsView(TerritoryAdministration territories, InstitutionDirectory directory, CurrentUser user, TerritoryContext context) {
        this.territories = territories;
        this.directory = directory;
        this.user = user;
        this.territory = context.current();
        addClassName("vss-page");
        add(new H1(getTranslation("institutions.title")), new Paragraph(getTranslation("institutions.help")));
        TextField search = new TextField(getTranslation("institutions.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Grid<Institution> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("institutions.title"));
        grid.addColumn(Institution::name).setHeader(getTranslation("partners.add.name")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("sector." + i.sector().name())).setHeader(getTranslation("partners.add.sector"));
        grid.addColumn(i -> i.siret().map(Siret::value).orElse("")).setHeader("SIRET");
        grid.addColumn(i -> i.parent().map(p -> directory.find(user.actor(), p).name()).orElse(""))
                .setHeader(getTranslation("institutions.parent")).setFlexGrow(2);
        grid.addComponentColumn(i -> {
            Button edit = new Button(getTranslation("resources.edit"), click -> edit(i, grid));
            edit.setAriaLabel(getTranslation("resources.edit.aria", i.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("partners.column.actions"));
        io.github.clvss.admin.base.PageKeys<Institution> keys = new io.github.clvss.admin.base.PageKeys<>(i -> i.id().value());
        grid.setItems(query -> keys.fetched(query, directory.list(user.actor(), Optional.ofNullable(search.getValue()),
                        keys.page(query))),
                query -> keys.counted((int) directory.count(user.actor(), Optional.ofNullable(search.getValue()))));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(search, io.github.clvss.admin.base.Rows.counted(grid, "institutions.count"));
        addProposals(grid);
    }

    /**
     * The proposed changes: a coordinator's territory's, with their outcome; every territory's for
     * a platform administrator, who accepts or rejects the pending ones.
     */
    private void addProposals(Grid<Institution> grid) {
        boolean administrator = user.actor().isPlatformAdministrator();
        if (!administrator && territory.isEmpty()) {
            return;
        }
        ZoneId zone = territory.map(t -> t.facts().timeZone()).orElse(ZoneId.of("Europe/Paris"));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        Optional<io.github.clvss.core.access.TerritoryId> scope = administrator ? Optional.empty() : territory.map(Territory::id);
        proposalStatus.setLabel(getTranslation("institutions.proposals.status"));
        proposalStatus.setItems("", ProposalStatus.PENDING.name(), ProposalStatus.ACCEPTED.name(), ProposalStatus.REJECTED.name());
        proposalStatus.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("journal.filter.all")
                : getTranslation("institutions.proposal.status." + s));
        proposalStatus.setValue(administrator ? ProposalStatus.PENDING.name() : "");
        proposalStatus.addValueChangeListener(change -> proposals.getDataProvider().refreshAll());
        proposals.setAriaLabel(getTranslation("institutions.proposals.title"));
        proposals.addColumn(p -> format.format(p.proposedAt())).setHeader(getTranslation("institutions.proposals.column.at"))
                .setAutoWidth(true);
        if (administrator) {
            proposals.addColumn(p -> territories.find(user.actor(), p.territory()).name())
                    .setHeader(getTranslation("institutions.proposals.column.territory"));
        }
        proposals.addColumn(p -> directory.find(user.actor(), p.institution()).name())
                .setHeader(getTranslation("institutions.proposals.column.institution")).setFlexGrow(2);
        proposals.addColumn(p -> p.proposed().name()).setHeader(getTranslation("institutions.proposals.column.name")).setFlexGrow(2);
        proposals.addColumn(p -> getTranslation("sector." + p.proposed().sector().name()))
                .setHeader(getTranslation("institutions.proposals.column.sector"));
        proposals.addColumn(p -> p.proposed().siret().map(Siret::value).orElse("")).setHeader("SIRET");
        proposals.addColumn(p -> p.proposed().parent().map(id -> directory.find(user.actor(), id).name()).orElse(""))
                .setHeader(getTranslation("institutions.proposals.column.parent"));
        proposals.addColumn(p -> getTranslation("institutions.proposal.status." + p.status().name()))
                .setHeader(getTranslation("institutions.proposals.status"));
        proposals.addColumn(p -> p.decidedAt().map(format::format).orElse(""))
                .setHeader(getTranslation("institutions.proposals.column.decided"));
        proposals.addColumn(p -> String.valueOf(p.approvals().size()))
                .setHeader(getTranslation("institutions.proposals.column.approvals"));
        if (administrator) {
            proposals.addComponentColumn(p -> decision(p, grid))
                    .setHeader(getTranslation("partners.column.actions")).setAutoWidth(true);
        } else {
            proposals.addComponentColumn(p -> approval(p, grid))
                    .setHeader(getTranslation("partners.column.actions")).setAutoWidth(true);
        }
        proposals.setItems(query -> directory.proposals(user.actor(), scope, status(),
                        Paging.of(query)).stream(),
                query -> (int) directory.countProposals(user.actor(), scope, status()));
        add(new H2(getTranslation("institutions.proposals.title")),
                new Paragraph(getTranslation(administrator ? "institutions.proposals.help.admin" : "institutions.proposals.help")),
                proposalStatus, io.github.clvss.admin.base.Rows.counted(proposals, "institutions.proposals.count"));
    }

    private Optional<ProposalStatus> status() {
        return Optional.ofNullable(proposalStatus.getValue()).filter(s -> !s.isEmpty()).map(ProposalStatus::valueOf);
    }

    /**
     * The coordinator's approval of a pending proposal about an institution their territory uses,
     * made by another territory: once every territory using it approves, the change applies.
     */
    private com.vaadin.flow.component.Component approval(InstitutionProposal proposal,
            Grid<Institution> grid) {
        com.vaadin.flow.component.html.Span buttons = new com.vaadin.flow.component.html.Span();
        io.github.clvss.core.access.TerritoryId mine = territory.orElseThrow().id();
        if (proposal.status() != ProposalStatus.PENDING || proposal.approvedBy(mine) || proposal.territory().equals(mine)) {
            return buttons;
        }
        Button approve = new Button(getTranslation("institutions.proposals.approve"), click -> {
            try {
                InstitutionProposal after = directory.approve(user.actor(), mine, proposal.id(), proposal.version());
                Refusals.done(getTranslation(after.status() == ProposalStatus.ACCEPTED
                        ? "institutions.proposals.accepted" : "institutions.proposals.approved"));
            } catch (VssException refused) {
                Refusals.show(refused);
            }
            proposals.getDataProvider().refreshAll();
            grid.getDataProvider().refreshAll();
        });
        approve.setAriaLabel(getTranslation("institutions.proposals.approve.aria", proposal.proposed().name()));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        buttons.add(approve);
        return buttons;
    }

    private com.vaadin.flow.component.Component decision(InstitutionProposal proposal,
            Grid<Institution> grid) {
        com.vaadin.flow.component.html.Span buttons = new com.vaadin.flow.component.html.Span();
        if (proposal.status() != ProposalStatus.PENDING) {
            return buttons;
        }
        Button accept = new Button(getTranslation("institutions.proposals.accept"), click -> {
            try {
                directory.accept(user.actor(), proposal.id(), proposal.version());
                Refusals.done(getTranslation("institutions.proposals.accepted"));
            } catch (VssException refused) {
                Refusals.show(refused);
            }
            proposals.getDataProvider().refreshAll();
            grid.getDataProvider().refreshAll();
        });
        accept.setAriaLabel(getTranslation("institutions.proposals.accept.aria", proposal.proposed().name()));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("institutions.proposals.reject"), click -> {
            try {
                directory.reject(user.actor(), proposal.id(), proposal.version());
                Refusals.done(getTranslation("institutions.proposals.rejected"));
            } catch (VssException refused) {
                Refusals.show(refused);
            }
            proposals.getDataProvider().refreshAll();
        });
        reject.setAriaLabel(getTranslation("institutions.proposals.reject.aria", proposal.proposed().name()));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(accept, reject);
        return buttons;
    }

    private void edit(Institution institution, Grid<Institution> grid) {
        new InstitutionEditor(directory, user.actor(), territory.map(Territory::id), institution, () -> {
            grid.getDataProvider().refreshAll();
            proposals.getDataProvider().refreshAll();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title");
    }
}
