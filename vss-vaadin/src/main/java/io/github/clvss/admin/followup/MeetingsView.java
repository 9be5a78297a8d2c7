package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.MeetingRegister;
import java.time.Clock;
import io.github.clvss.admin.base.FollowUpContract;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The contract's meetings — the yearly comité de pilotage of the signatories and the others —
 * latest first, with whether all signatories were there. The coordinator plans them, records
 * attendance, minutes and decisions (which may create actions); everyone reads them and takes
 * the invitation as an email text and a calendar file.
 */
@Menu(order = 310, title = "nav.meetings", icon = "vaadin:group")
@Route("reunions")
@PermitAll
final class MeetingsView extends Main implements HasDynamicTitle {

    private final transient ActionPlan actions;

    private final transient MeetingRegister meetings;

    private final transient Clock clock;

    private final transient ContractFrame contractFrame;
    private final Actor actor;
    private final Div content = new Div();

    MeetingsView(ActionPlan actions, MeetingRegister meetings, Clock clock, ContractFrame contractFrame, CurrentUser user, TerritoryContext territories) {
        this.actions = actions;
        this.meetings = meetings;
        this.clock = clock;
        this.contractFrame = contractFrame;
        this.actor = user.actor();
        contractFrame.frame(this, actor, territories.current(), "meetings", content, this::show);
    }

    private void show(Territory territory, Contract contract) {
        content.removeAll();
        FollowUpContract known = contractFrame.of(actor, contract);
        boolean coordinator = actor.coordinates(territory.id());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        Grid<Meeting> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("meetings.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> format.format(m.start())).setHeader(getTranslation("meetings.column.date")).setAutoWidth(true);
        grid.addColumn(Meeting::title).setHeader(getTranslation("meetings.column.title")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("meetings.kind." + m.kind().name())).setHeader(getTranslation("meetings.column.kind"))
                .setAutoWidth(true);
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.instant(), territory.facts().timeZone());
        // a meeting still to come has no attendance yet: neither yes nor no
        grid.addColumn(m -> getTranslation(m.start().isAfter(now) ? "meetings.to-come"
                        : meetings.signatoriesThere(actor, m.id()).all() ? "meetings.yes" : "meetings.no"))
                .setHeader(getTranslation("meetings.column.signatories")).setAutoWidth(true);
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addComponentColumn(m -> buttons(territory, known, m, refresh)).setHeader(getTranslation("partners.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        io.github.clvss.admin.base.PageKeys<Meeting> keys = new io.github.clvss.admin.base.PageKeys<>(m -> m.id().value());
        grid.setItems(query -> keys.fetched(query, meetings.list(actor, contract.id(), keys.page(query))),
                query -> keys.counted((int) meetings.count(actor, contract.id())));
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        if (coordinator) {
            Button add = new Button(getTranslation("meetings.add"), VaadinIcon.PLUS.create(),
                    click -> new MeetingEditor(meetings, clock, actor, known, Optional.empty(), refresh).open());
            add.setId("meetings-add");
            toolbar.add(add);
        }
        content.add(toolbar, io.github.clvss.admin.base.Rows.counted(grid, "meetings.count"));
    }

    private Component buttons(Territory territory, FollowUpContract known, Meeting meeting, Runnable refresh) {
        Div box = new Div();
        box.addClassName("vss-inline");
        box.add(small(VaadinIcon.EYE, "meetings.open.aria", meeting,
                click -> new MeetingDialog(actions, meetings, clock, actor, known, territory.facts().timeZone(),
                        meetings.find(actor, meeting.id()), refresh).open()));
        if (actor.coordinates(territory.id())) {
            box.add(small(VaadinIcon.EDIT, "meetings.edit.aria", meeting,
                    click -> new MeetingEditor(meetings, clock, actor, known, Optional.of(meetings.find(actor, meeting.id())), refresh)
                            .open()));
        }
        return box;
    }

    private Button small(VaadinIcon icon, String ariaKey, Meeting meeting,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(ariaKey, meeting.title()));
        button.setTooltipText(getTranslation(ariaKey, meeting.title()));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title");
    }
}
