package io.github.clvss.admin.referral;

import io.github.clvss.core.document.Documents;
import io.github.clvss.core.referral.LocalCircuits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The orientation simulator: a professional describes a situation in plain words — facts,
 * never a name — and sees what the territory's rules say: whom to contact and how soon,
 * whether a report is possible or required, to whom and on which legal basis, what the law
 * asks of them, and the rules that fired; then prints it. Nothing is stored. Works with the
 * keyboard alone: the answer's heading takes the focus when it appears.
 */
@Menu(order = 400, title = "nav.simulator", icon = "vaadin:sign-in-alt")
@Route("orientation")
@PermitAll
final class SimulatorView extends Main implements HasDynamicTitle {

    private final transient LocalCircuits circuits;

    private final transient Documents documents;
    private final CurrentUser user;
    private final CheckboxGroup<Capacity> asker = new CheckboxGroup<>();
    private final Select<Context> context = new Select<>();
    private final RadioButtonGroup<AgeGroup> age = new RadioButtonGroup<>();
    private final Select<Vulnerability> vulnerability = new Select<>();
    private final RadioButtonGroup<Relation> relation = new RadioButtonGroup<>();
    private final CheckboxGroup<Violence> violences = new CheckboxGroup<>();
    private final RadioButtonGroup<Recency> recency = new RadioButtonGroup<>();
    private final Checkbox immediateDanger = new Checkbox();
    private final Checkbox emprise = new Checkbox();
    private final Checkbox childrenExposed = new Checkbox();
    private final Checkbox cannotSpeak = new Checkbox();
    private final Checkbox needsShelter = new Checkbox();
    private final RadioButtonGroup<Consent> consent = new RadioButtonGroup<>();
    private final Section result = new Section();

    SimulatorView(LocalCircuits circuits, Documents documents, CurrentUser user, TerritoryContext territories) {
        this.circuits = circuits;
        this.documents = documents;
        this.user = user;
        addClassName("vss-page");
        add(new H1(getTranslation("simulator.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        add(new Paragraph(getTranslation("simulator.intro")));
        configureFields();
        Div form = new Div(
                group("simulator.group.asker", asker, context),
                group("simulator.group.person", age, vulnerability),
                group("simulator.group.violence", relation, violences, recency),
                group("simulator.group.danger", immediateDanger, emprise, childrenExposed, cannotSpeak, needsShelter),
                group("simulator.group.consent", consent));
        form.addClassName("vss-simulator-form");
        Button decide = new Button(getTranslation("simulator.decide"), VaadinIcon.ARROW_RIGHT.create(),
                click -> show(territory.get()));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("simulator-decide");
        form.add(decide);
        result.addClassName("vss-simulator-result");
        result.getElement().setAttribute("aria-labelledby", "simulator-result-heading");
        result.setVisible(false);
        Div layout = new Div(form, result);
        layout.addClassName("vss-simulator");
        add(layout);
    }

    private void configureFields() {
        asker.setLabel(getTranslation("simulator.asker"));
        asker.setHelperText(getTranslation("simulator.asker.help"));
        asker.setItems(Capacity.values());
        asker.setItemLabelGenerator(c -> getTranslation("situation.capacity." + c.name()));
        asker.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        asker.setErrorMessage(getTranslation("simulator.asker.missing"));
        context.setLabel(getTranslation("simulator.context"));
        context.setItems(Context.values());
        context.setItemLabelGenerator(c -> c == null ? "" : getTranslation("situation.context." + c.name()));
        context.setValue(Context.OTHER);
        age.setLabel(getTranslation("simulator.age"));
        age.setItems(AgeGroup.values());
        age.setItemLabelGenerator(a -> getTranslation("situation.age." + a.name()));
        age.setValue(AgeGroup.ADULT);
        vulnerability.setLabel(getTranslation("simulator.vulnerability"));
        vulnerability.setHelperText(getTranslation("simulator.vulnerability.help"));
        vulnerability.setItems(Vulnerability.values());
        vulnerability.setItemLabelGenerator(v -> v == null ? "" : getTranslation("situation.vulnerability." + v.name()));
        vulnerability.setValue(Vulnerability.NONE);
        relation.setLabel(getTranslation("simulator.relation"));
        relation.setHelperText(getTranslation("simulator.relation.help"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation("situation.relation." + r.name()));
        relation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        relation.setValue(Relation.PARTNER);
        violences.setLabel(getTranslation("simulator.violences"));
        violences.setItems(Violence.values());
        violences.setItemLabelGenerator(v -> getTranslation("situation.violence." + v.name()));
        violences.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        recency.setLabel(getTranslation("simulator.recency"));
        recency.setHelperText(getTranslation("simulator.recency.help"));
        recency.setItems(Recency.values());
        recency.setItemLabelGenerator(r -> getTranslation("situation.recency." + r.name()));
        recency.setValue(Recency.WITHIN_MONTH);
        explained(immediateDanger, "immediate-danger");
        explained(emprise, "emprise");
        explained(childrenExposed, "children-exposed");
        explained(cannotSpeak, "cannot-speak");
        explained(needsShelter, "needs-shelter");
        consent.setLabel(getTranslation("simulator.consent"));
        consent.setHelperText(getTranslation("simulator.consent.help"));
        consent.setItems(Consent.values());
        consent.setItemLabelGenerator(c -> getTranslation("situation.consent." + c.name()));
        consent.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        consent.setValue(Consent.NOT_ASKED);
    }

    private void explained(Checkbox box, String key) {
        box.setLabel(getTranslation("simulator." + key));
        box.setHelperText(getTranslation("simulator." + key + ".help"));
    }

    private Component group(String heading, Component... fields) {
        Section group = new Section();
        group.addClassName("vss-simulator-group");
        group.add(new H2(getTranslation(heading)));
        group.add(fields);
        return group;
    }

    /** The situation as entered, or empty (and the field marked) when who asks is missing. */
    private Optional<Situation> situation() {
        if (asker.getValue().isEmpty()) {
            asker.setInvalid(true);
            asker.getElement().executeJs("this.querySelector('input')?.focus()");
            return Optional.empty();
        }
        asker.setInvalid(false);
        return Optional.of(new Situation(age.getValue(), vulnerability.getValue(), relation.getValue(),
                violences.getValue().isEmpty() ? EnumSet.noneOf(Violence.class) : EnumSet.copyOf(violences.getValue()),
                recency.getValue(), immediateDanger.getValue(), emprise.getValue(), childrenExposed.getValue(),
                cannotSpeak.getValue(), needsShelter.getValue(), consent.getValue(), EnumSet.copyOf(asker.getValue()),
                context.getValue()));
    }

    private void show(Territory territory) {
        Optional<Situation> situation = situation();
        if (situation.isEmpty()) {
            return;
        }
        Language language = Language.of(getLocale());
        Explanation words = circuits.explain(territory.id(), situation.get(), language.locale());
        result.removeAll();
        H2 heading = new H2(getTranslation("simulator.result"));
        heading.setId("simulator-result-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        result.add(heading, contacts(words), reports(words));
        if (!words.duties().isEmpty()) {
            UnorderedList duties = new UnorderedList();
            words.duties().forEach(d -> duties.add(new ListItem(d)));
            result.add(new H3(getTranslation("simulator.duties")), duties);
        }
        if (!words.toTellTheVictim().isEmpty()) {
            UnorderedList victim = new UnorderedList();
            victim.setId("simulator-victim");
            words.toTellTheVictim().forEach(line -> victim.add(new ListItem(line)));
            result.add(new H3(getTranslation("simulator.victim")), victim);
        }
        UnorderedList rules = new UnorderedList();
        words.rules().forEach(r -> rules.add(new ListItem(new Span(r.summary() + " "),
                muted("(" + r.legalBasis() + " · " + r.id() + " " + r.version() + ")"))));
        result.add(new H3(getTranslation("simulator.rules")), rules);
        Paragraph version = new Paragraph(getTranslation("simulator.version", words.ruleSetVersion()));
        version.setId("simulator-version");
        result.add(version, print(territory, words, language), new Paragraph(getTranslation("simulator.disclaimer")));
        result.setVisible(true);
        heading.getElement().executeJs("this.focus()");
    }

    private Component contacts(Explanation words) {
        Div box = new Div(new H3(getTranslation("simulator.contacts")));
        OrderedList list = new OrderedList();
        list.setId("simulator-contacts");
        for (Explanation.Contact c : words.contacts()) {
            Span when = new Span(c.when());
            when.addClassNames("vss-tag", c.urgency() == Urgency.IMMEDIATE ? "vss-tag-urgent" : "vss-tag-plain");
            ListItem item = new ListItem(when, new Span(" "), strong(c.name()));
            c.reach().ifPresent(reach -> item.add(new Span(" — " + reach)));
            item.add(new Span(" · " + c.how() + ". " + c.why()));
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component reports(Explanation words) {
        Div box = new Div(new H3(getTranslation("simulator.reports")));
        if (words.reports().isEmpty()) {
            box.add(new Paragraph(getTranslation("simulator.no-report")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.setId("simulator-reports");
        for (Explanation.Report r : words.reports()) {
            Span tag = new Span(getTranslation(r.modality() == Modality.POWER ? "simulator.may" : "simulator.must"));
            tag.addClassNames("vss-tag", r.modality() == Modality.POWER ? "vss-tag-plain" : "vss-tag-urgent");
            ListItem item = new ListItem(tag, new Span(" "), strong(r.sentence()), new Span(" — " + r.legalBasis()));
            if (!r.possible()) {
                Paragraph blocked = new Paragraph(getTranslation("simulator.needs-consent"));
                blocked.addClassName("vss-hint");
                item.add(blocked);
            }
            if (!r.duties().isEmpty()) {
                UnorderedList duties = new UnorderedList();
                r.duties().forEach(d -> duties.add(new ListItem(d)));
                item.add(duties);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Anchor print(Territory territory, Explanation words, Language language) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            RenderedDocument document = documents.orientation(user.actor(), territory.id(), words, language);
            byte[] bytes = documents.renderer().pdf(document);
            return new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName() + ".pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("simulator.print"));
        pdf.setId("simulator-print");
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("vss-muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.title");
    }
}
