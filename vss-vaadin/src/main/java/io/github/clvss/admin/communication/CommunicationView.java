package io.github.clvss.admin.communication;

import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.PartnerRegister;
import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.KeyDate;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import io.github.clvss.core.access.PartnerId;
import java.util.Optional;

/**
 * The communication plan as a calendar of the year, month by month: campaigns and their
 * actions, the key dates still to mark, and the iCalendar feed to subscribe to.
 */
@Menu(order = 330, title = "nav.communication", icon = "vaadin:calendar")
@Route("communication")
@PermitAll
final class CommunicationView extends Main implements HasDynamicTitle {

    private final transient InstitutionDirectory institutions;

    private final transient PartnerRegister partners;

    private final transient CommunicationPlan communication;

    private final transient Clock clock;
    private final CurrentUser user;
    private final Div calendar = new Div();
    private Year year;

    CommunicationView(InstitutionDirectory institutions, PartnerRegister partners, CommunicationPlan communication, Clock clock, CurrentUser user, TerritoryContext territories) {
        this.institutions = institutions;
        this.partners = partners;
        this.communication = communication;
        this.clock = clock;
        this.user = user;
        addClassName("vss-page");
        add(new H1(getTranslation("communication.title")));
        Optional<Territory> territory = territories.current();
        Optional<Contract> contract = territories.contract();
        if (contract.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        this.year = Year.from(territory.get().facts().today(clock));
        Button previous = new Button(VaadinIcon.ARROW_LEFT.create(), click -> {
            year = year.minusYears(1);
            render(territory.get(), contract.get());
        });
        previous.setAriaLabel(getTranslation("communication.previous"));
        Button next = new Button(VaadinIcon.ARROW_RIGHT.create(), click -> {
            year = year.plusYears(1);
            render(territory.get(), contract.get());
        });
        next.setAriaLabel(getTranslation("communication.next"));
        Div toolbar = new Div(previous, next);
        toolbar.addClassName("vss-toolbar");
        if (user.actor().coordinates(territory.get().id())) {
            Button plan = new Button(getTranslation("communication.plan"), VaadinIcon.PLUS.create(),
                    click -> form(contract.get(), Optional.empty(), territory.get().facts().today(clock), territory.get()));
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(plan);
        }
        territory.get().facts().inseeCode().ifPresent(insee -> {
            Anchor feed = new Anchor("public/" + insee.value() + "/communication.ics", getTranslation("communication.feed"));
            feed.getElement().setAttribute("router-ignore", true);
            toolbar.add(feed);
        });
        add(toolbar, calendar);
        render(territory.get(), contract.get());
    }

    private void render(Territory territory, Contract contract) {
        calendar.removeAll();
        Actor actor = user.actor();
        calendar.add(new H2(getTranslation("communication.year", String.valueOf(year.getValue()))));
        List<KeyDate> unmarked = communication.unmarkedKeyDates(actor, contract.id(), year);
        if (!unmarked.isEmpty()) {
            Div proposals = new Div(new Paragraph(getTranslation("communication.keydates")));
            proposals.addClassName("vss-proposals");
            for (KeyDate key : unmarked) {
                Button add = new Button(getTranslation(key.code()), VaadinIcon.PLUS.create(),
                        click -> form(contract, Optional.empty(), key.in(year), territory));
                add.setEnabled(actor.coordinates(territory.id()));
                proposals.add(add);
            }
            calendar.add(proposals);
        }
        List<Campaign> campaigns = PageRequest.readAll(page -> communication.between(actor, contract.id(),
                year.atDay(1), year.atMonth(12).atEndOfMonth(), page), x -> x.id().value());
        for (Month month : Month.values()) {
            LocalDate first = year.atMonth(month).atDay(1);
            LocalDate last = year.atMonth(month).atEndOfMonth();
            List<Campaign> inMonth = campaigns.stream()
                    .filter(c -> !c.start().isAfter(last) && !c.lastDay().isBefore(first)).toList();
            Section section = new Section();
            section.addClassName("vss-month");
            section.add(new com.vaadin.flow.component.html.H3(month.getDisplayName(TextStyle.FULL_STANDALONE, getLocale())));
            if (inMonth.isEmpty()) {
                section.add(new Paragraph(getTranslation("communication.none")));
            } else {
                UnorderedList list = new UnorderedList();
                inMonth.forEach(c -> list.add(item(c, contract, territory)));
                section.add(list);
            }
            calendar.add(section);
        }
    }

    private ListItem item(Campaign campaign, Contract contract, Territory territory) {
        String period = campaign.end().map(end -> getTranslation("communication.period", campaign.start(), end))
                .orElse(campaign.start().toString());
        Span text = new Span((campaign.partOf().isPresent() ? "↳ " : "") + campaign.title() + " · " + period + " · "
                + getTranslation("communication.status." + campaign.status().name())
                + campaign.peopleReached().map(n -> " · " + getTranslation("communication.reached.value", n)).orElse(""));
        ListItem item = new ListItem(text);
        if (user.actor().coordinates(territory.id())) {
            Button edit = new Button(getTranslation("resources.edit"), click -> form(contract, Optional.of(campaign), campaign.start(), territory));
            edit.setAriaLabel(getTranslation("resources.edit.aria", campaign.title()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(edit);
        }
        return item;
    }

    private void form(Contract contract, Optional<Campaign> current, LocalDate day, Territory territory) {
        Actor actor = user.actor();
        Map<PartnerId, String> partnerNames = new java.util.LinkedHashMap<>();
        PageRequest.readAll(page -> partners.list(actor, contract.id(), page), x -> x.id().value())
                .forEach(p -> partnerNames.put(p.id(), institutions.find(actor, p.institution()).name()));
        Map<CampaignId, String> campaignTitles = new java.util.LinkedHashMap<>();
        PageRequest.readAll(page -> communication.between(actor, contract.id(), year.atDay(1).minusYears(1),
                year.atMonth(12).atEndOfMonth().plusYears(1), page), x -> x.id().value()).stream()
                .filter(c -> c.partOf().isEmpty() && current.map(Campaign::id).filter(c.id()::equals).isEmpty())
                .forEach(c -> campaignTitles.put(c.id(), c.title()));
        CampaignMapping.Kept kept = current.map(CampaignMapping.Kept::of)
                .orElseGet(() -> CampaignMapping.Kept.planned(CampaignId.next(clock), territory.id(), contract.id()));
        new CampaignEditor(communication, actor, kept, current, day, partnerNames, campaignTitles,
                () -> render(territory, contract)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communication.title");
    }

}
