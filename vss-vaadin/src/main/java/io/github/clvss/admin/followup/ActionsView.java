package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.core.followup.ActionPlan;
import java.time.Clock;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionChange;
import io.github.clvss.core.followup.ActionState;
import io.github.clvss.core.followup.FieldChange;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up actions under the contract's commitments: who leads them, by when, where they
 * stand — late ones marked — and how far they went. The coordinator adds and changes any of
 * them; a partner's users change only the actions their partner leads; everyone reads the
 * history of every change.
 */
@Menu(order = 300, title = "nav.actions", icon = "vaadin:tasks")
@Route("actions")
@PermitAll
final class ActionsView extends Main implements HasDynamicTitle {

    private final transient ActionPlan actions;

    private final transient Clock clock;

    private final transient ContractFrame contractFrame;
    private final Actor actor;
    private final Div content = new Div();

    ActionsView(ActionPlan actions, Clock clock, ContractFrame contractFrame, CurrentUser user, TerritoryContext territories) {
        this.actions = actions;
        this.clock = clock;
        this.contractFrame = contractFrame;
        this.actor = user.actor();
        contractFrame.frame(this, actor, territories.current(), "actions", content, this::show);
    }

    private void show(Territory territory, Contract contract) {
        content.removeAll();
        FollowUpContract known = contractFrame.of(actor, contract);
        boolean coordinator = actor.coordinates(territory.id());
        Select<String> commitment = new Select<>();
        commitment.setLabel(getTranslation("actions.filter.commitment"));
        commitment.setEmptySelectionAllowed(true);
        commitment.setEmptySelectionCaption(getTranslation("actions.filter.all"));
        commitment.setItems(known.commitmentIds());
        commitment.setItemLabelGenerator(id -> id == null ? getTranslation("actions.filter.all") : known.commitment(id));
        commitment.setId("actions-commitment");
        Grid<Action> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("actions.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var commitmentColumn = io.github.clvss.admin.base.Rows.column(grid, a -> known.number(a.commitment())).setHeader(getTranslation("actions.column.commitment"))
                .setAutoWidth(true).setFlexGrow(0);
        io.github.clvss.admin.base.Rows.column(grid, Action::title).setHeader(getTranslation("actions.column.title")).setFlexGrow(3);
        var lead = io.github.clvss.admin.base.Rows.column(grid, a -> known.partner(a.lead())).setHeader(getTranslation("actions.column.lead")).setFlexGrow(2);
        var deadline = io.github.clvss.admin.base.Rows.column(grid, a -> a.deadline().map(dates::format).orElse(getTranslation("actions.no-deadline")))
                .setHeader(getTranslation("actions.column.deadline")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("actions.column.state")).setAutoWidth(true);
        var progress = io.github.clvss.admin.base.Rows.column(grid, a -> a.progress() + " %").setHeader(getTranslation("actions.column.progress"))
                .setAutoWidth(true).setFlexGrow(0);
        io.github.clvss.admin.base.Rows.secondary(grid, commitmentColumn, lead, deadline, progress);
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addComponentColumn(a -> buttons(territory, known, a, refresh)).setHeader(getTranslation("partners.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        io.github.clvss.admin.base.PageKeys<Action> keys = new io.github.clvss.admin.base.PageKeys<>(a -> a.id().value());
        grid.setItems(query -> keys.fetched(query, actions.list(actor, contract.id(), Optional.ofNullable(commitment.getValue()),
                        keys.page(query))),
                query -> keys.counted((int) actions.count(actor, contract.id(), Optional.ofNullable(commitment.getValue()))));
        commitment.addValueChangeListener(change -> refresh.run());
        Div toolbar = new Div(commitment);
        toolbar.addClassName("vss-toolbar");
        if (coordinator) {
            Button add = new Button(getTranslation("actions.add"), VaadinIcon.PLUS.create(),
                    click -> new ActionEditor(actions, clock, actor, known, Optional.empty(), refresh)
                            .whenAdded(added -> io.github.clvss.admin.base.Rows.show(grid, row -> row.id().equals(added.id()))).open());
            add.setId("actions-add");
            toolbar.add(add);
        }
        content.add(toolbar, io.github.clvss.admin.base.Rows.counted(grid, "actions.count"));
    }

    private Component state(Action action) {
        ActionState state = actions.state(action);
        Span badge = new Span(getTranslation("actions.state." + state.name()));
        badge.getElement().getThemeList().add(switch (state) {
            case LATE -> "badge error";
            case DONE -> "badge success";
            case ABANDONED -> "badge contrast";
            default -> "badge";
        });
        action.abandonReason().ifPresent(badge::setTitle);
        return badge;
    }

    private Component buttons(Territory territory, FollowUpContract known, Action action, Runnable refresh) {
        Div box = new Div();
        box.addClassName("vss-inline");
        if (actor.coordinates(territory.id()) || actor.holdsPartner(territory.id(), action.lead())) {
            box.add(small(VaadinIcon.EDIT, "actions.edit.aria", action,
                    click -> new ActionEditor(actions, clock, actor, known, Optional.of(action), refresh).open()));
            box.add(small(VaadinIcon.FLAG_O, "actions.status.aria", action,
                    click -> new ActionStatusEditor(actions, actor, action, refresh).open()));
        }
        box.add(small(VaadinIcon.CLOCK, "actions.history.aria", action, click -> history(territory, known, action)));
        return box;
    }

    private Button small(VaadinIcon icon, String ariaKey, Action action,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(ariaKey, action.title()));
        button.setTooltipText(getTranslation(ariaKey, action.title()));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void history(Territory territory, FollowUpContract known, Action action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("actions.history", action.title()));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(territory.facts().timeZone());
        Grid<ActionChange> changes = new Grid<>();
        changes.setAriaLabel(getTranslation("actions.history", action.title()));
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> format.format(c.at())).setHeader(getTranslation("actions.history.when")).setAutoWidth(true);
        changes.addColumn(c -> who(c.actor())).setHeader(getTranslation("actions.history.who")).setAutoWidth(true);
        changes.addColumn(c -> c.fields().stream().map(f -> describe(known, f)).collect(Collectors.joining(" ; ")))
                .setHeader(getTranslation("actions.history.what")).setFlexGrow(3);
        try {
            changes.setItems(query -> actions.history(actor, action.id(), Paging.of(query)).stream());
        } catch (VssException refused) {
            Refusals.show(refused);
            return;
        }
        changes.setWidth("min(60rem, 90vw)");
        dialog.add(changes);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Who made a change: "you", "the system", or the account's id — never a guessed name. */
    private String who(String id) {
        if (id.equals(actor.id())) {
            return getTranslation("actions.history.you");
        }
        return id.equals(Actor.SYSTEM_ID) ? getTranslation("actions.history.system") : id;
    }

    private String describe(FollowUpContract known, FieldChange change) {
        String none = getTranslation("actions.history.none");
        return getTranslation("actions.history.change", getTranslation("actions.field." + change.field().toLowerCase(Locale.ROOT)),
                change.before().map(v -> value(known, change.field(), v)).orElse(none),
                change.after().map(v -> value(known, change.field(), v)).orElse(none));
    }

    /** A field's recorded value in words: partners by name, statuses translated. */
    private String value(FollowUpContract known, String field, String value) {
        return switch (field) {
            case "lead", "contributors" -> java.util.Arrays.stream(value.split(","))
                    .map(id -> known.partners().entrySet().stream().filter(e -> e.getKey().toString().equals(id))
                            .map(java.util.Map.Entry::getValue).findFirst().orElse(id))
                    .collect(Collectors.joining(", "));
            case "status" -> getTranslation("actions.status." + value);
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title");
    }
}
