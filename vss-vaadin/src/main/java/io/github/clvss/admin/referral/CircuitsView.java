package io.github.clvss.admin.referral;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.core.referral.LocalCircuits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitPlan;
import io.github.clvss.core.referral.CircuitRevision;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town's local circuits — who handles which situations — edited without code: the
 * coordinator changes a draft (add, change, reorder, remove), sees problems and overlaps as
 * they edit, and publishes it as a new revision that the next decision carries. Every
 * published revision stays in the history with what it changed. Others read them.
 */
@Menu(order = 410, title = "nav.circuits", icon = "vaadin:connect")
@Route("circuits")
@PermitAll
final class CircuitsView extends Main implements HasDynamicTitle {

    private final transient CircuitTargets circuitTargets;

    private final transient LocalCircuits circuits;
    private final Actor actor;
    private final List<Circuit> draft = new ArrayList<>();
    private final Grid<Circuit> grid = new Grid<>();
    private final Div review = new Div();
    private final Paragraph status = new Paragraph();
    private final Button publish = new Button();
    private final Button discard = new Button();
    private final Grid<CircuitRevision> history = new Grid<>();
    private final Map<String, String> targetNames = new LinkedHashMap<>();
    private final CircuitWords words = new CircuitWords(this::getTranslation);
    private CircuitPlan published = new CircuitPlan(0, List.of());

    CircuitsView(CircuitTargets circuitTargets, LocalCircuits circuits, CurrentUser user, TerritoryContext territories) {
        this.circuitTargets = circuitTargets;
        this.circuits = circuits;
        this.actor = user.actor();
        addClassName("vss-page");
        add(new H1(getTranslation("circuits.title")));
        Optional<Territory> current = territories.current();
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Territory territory = current.get();
        boolean coordinator = actor.coordinates(territory.id());
        add(new Paragraph(getTranslation("circuits.intro")));
        List<CircuitEditor.Target> targets = targets(territory);
        targets.forEach(t -> targetNames.put(t.value(), t.label()));
        configureGrid(territory, coordinator, targets);
        status.setId("circuits-status");
        review.setId("circuits-review");
        review.getElement().setAttribute("aria-live", "polite");
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        if (coordinator) {
            Button add = new Button(getTranslation("circuits.add"), VaadinIcon.PLUS.create(), click -> new CircuitEditor(
                    Optional.empty(), targets, this::nameTaken, c -> preview(territory, c, Optional.empty()), c -> {
                        draft.add(c);
                        changed(territory);
                    }).open());
            add.setId("circuits-add");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("circuits-publish");
            publish.addClickListener(click -> publish(territory));
            discard.setText(getTranslation("circuits.discard"));
            discard.addClickListener(click -> {
                draft.clear();
                draft.addAll(published.circuits());
                changed(territory);
            });
            toolbar.add(add, publish, discard);
        }
        configureHistory(territory);
        add(status, toolbar, review, io.github.clvss.admin.base.Rows.counted(grid, "circuits.count"), new H2(getTranslation("circuits.history")), io.github.clvss.admin.base.Rows.counted(history, "circuits.history.count"));
        load(territory);
    }

    private List<CircuitEditor.Target> targets(Territory territory) {
        return circuitTargets.of(actor, territory, getLocale(), (key, name) -> getTranslation(key, name));
    }

    private void configureGrid(Territory territory, boolean coordinator, List<CircuitEditor.Target> targets) {
        grid.setAriaLabel(getTranslation("circuits.draft"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> draft.indexOf(c) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> stacked(c.name(), c.reason())).setHeader(getTranslation("circuits.circuit")).setFlexGrow(2);
        grid.addColumn(c -> words.condition(c.when())).setHeader(getTranslation("circuits.when")).setFlexGrow(3);
        grid.addComponentColumn(c -> stacked(targetName(c.target()), getTranslation("referral.urgency."
                + c.urgency().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) + " · "
                + getTranslation("referral.channel." + c.channel()))).setHeader(getTranslation("circuits.target")).setFlexGrow(2);
        if (coordinator) {
            grid.addComponentColumn(c -> actions(territory, c, targets)).setHeader(getTranslation("partners.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    private static Component stacked(String first, String second) {
        com.vaadin.flow.component.html.Span top = new com.vaadin.flow.component.html.Span(first);
        top.getStyle().set("font-weight", "600").set("display", "block");
        com.vaadin.flow.component.html.Span below = new com.vaadin.flow.component.html.Span(second);
        below.addClassName("vss-muted");
        return new Div(top, below);
    }

    private Component actions(Territory territory, Circuit circuit, List<CircuitEditor.Target> targets) {
        Button edit = small(VaadinIcon.EDIT, "circuits.edit.aria", circuit, click -> new CircuitEditor(
                Optional.of(circuit), targets, this::nameTaken, c -> preview(territory, c, Optional.of(circuit)), c -> {
                    draft.set(draft.indexOf(circuit), c);
                    changed(territory);
                }).open());
        Button up = small(VaadinIcon.ARROW_UP, "circuits.up.aria", circuit, click -> move(territory, circuit, -1));
        up.setEnabled(draft.indexOf(circuit) > 0);
        Button down = small(VaadinIcon.ARROW_DOWN, "circuits.down.aria", circuit, click -> move(territory, circuit, 1));
        down.setEnabled(draft.indexOf(circuit) < draft.size() - 1);
        Button remove = small(VaadinIcon.TRASH, "circuits.remove.aria", circuit, click -> {
            draft.remove(circuit);
            changed(territory);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(edit, up, down, remove);
        box.addClassName("vss-inline");
        return box;
    }

    private Button small(VaadinIcon icon, String ariaKey, Circuit circuit,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(ariaKey, circuit.name()));
        button.setTooltipText(getTranslation(ariaKey, circuit.name()));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void move(Territory territory, Circuit circuit, int by) {
        int from = draft.indexOf(circuit);
        Collections.swap(draft, from, from + by);
        changed(territory);
    }

    private boolean nameTaken(String name) {
        return draft.stream().anyMatch(c -> c.name().equals(name));
    }

    /** What the draft would hold with {@code circuit} in place of {@code replacing}, in words. */
    private List<String> preview(Territory territory, Circuit circuit, Optional<Circuit> replacing) {
        List<Circuit> tried = new ArrayList<>(draft);
        int at = replacing.map(tried::indexOf).orElse(-1);
        if (at >= 0) {
            tried.set(at, circuit);
        } else {
            tried.add(circuit);
        }
        int index = tried.indexOf(circuit);
        Messages messages = Messages.of(getLocale());
        return circuits.review(actor, territory.id(), tried).stream()
                .filter(p -> p.path().map(path -> path.startsWith("$.circuits[" + index + "]")).orElse(false)
                        || p.arguments().contains(circuit.name()))
                .map(p -> severity(p) + messages.text(p)).toList();
    }

    private String severity(Problem problem) {
        return getTranslation(problem.severity() == Problem.Severity.ERROR ? "circuits.error" : "circuits.warning") + " ";
    }

    private void configureHistory(Territory territory) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(territory.facts().timeZone());
        history.setAriaLabel(getTranslation("circuits.history"));
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(CircuitRevision::revision).setHeader(getTranslation("circuits.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> format.format(r.publishedAt())).setHeader(getTranslation("circuits.published-at"))
                .setAutoWidth(true);
        history.addColumn(r -> r.plan().circuits().size()).setHeader(getTranslation("circuits.column.count")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> words.changes(r.changes())).setHeader(getTranslation("circuits.changes")).setFlexGrow(3);
        history.setItems(query -> circuits.history(actor, territory.id(), Paging.of(query)).stream(),
                query -> (int) circuits.countRevisions(actor, territory.id()));
    }

    private void load(Territory territory) {
        published = circuits.plan(actor, territory.id());
        draft.clear();
        draft.addAll(published.circuits());
        changed(territory);
        history.getDataProvider().refreshAll();
    }

    private void changed(Territory territory) {
        grid.setItems(new ArrayList<>(draft));
        boolean pending = !draft.equals(published.circuits());
        status.setText(getTranslation("circuits.status", published.revision())
                + (pending ? " " + getTranslation("circuits.pending") : ""));
        publish.setText(getTranslation("circuits.publish", published.revision() + 1));
        publish.setEnabled(pending);
        discard.setEnabled(pending);
        review.removeAll();
        List<String> lines = new ArrayList<>();
        if (pending) {
            lines.add(getTranslation("circuits.to-publish", words.changes(new CircuitPlan(published.revision() + 1, uniqueNames())
                    .changesSince(published))));
        }
        Messages messages = Messages.of(getLocale());
        circuits.review(actor, territory.id(), draft).forEach(p -> lines.add(severity(p)
                + (where(p).isEmpty() ? messages.explain(p) : where(p) + messages.text(p))));
        if (!lines.isEmpty()) {
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            review.add(new Paragraph(getTranslation("circuits.review")), list);
        }
    }

    /** The circuit a review finding is about, by its name ("« Urgences » : "), when it names one. */
    private String where(io.github.clvss.core.shared.Problem problem) {
        java.util.regex.Matcher circuit = java.util.regex.Pattern.compile("\\$\\.circuits\\[(\\d+)\\].*")
                .matcher(problem.path().orElse(""));
        if (!circuit.matches() || Integer.parseInt(circuit.group(1)) >= draft.size()) {
            return "";
        }
        return getTranslation("circuits.review.of", draft.get(Integer.parseInt(circuit.group(1))).name());
    }

    /** The draft as a plan, when its names are unique (the review says so otherwise). */
    private List<Circuit> uniqueNames() {
        return draft.stream().filter(c -> draft.stream().filter(d -> d.name().equals(c.name())).findFirst().orElseThrow() == c)
                .toList();
    }

    private void publish(Territory territory) {
        try {
            CircuitPlan plan = circuits.publish(actor, territory.id(), published.revision(), List.copyOf(draft));
            Refusals.done(getTranslation("circuits.published", plan.revision()));
            load(territory);
        } catch (VssException refused) {
            Refusals.show(refused);
        }
    }

    private String targetName(String target) {
        return targetNames.computeIfAbsent(target, t -> circuits.contact(t, getLocale()).name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("circuits.title");
    }
}
