package io.github.clvss.admin.referral;

import io.github.clvss.core.document.Documents;
import io.github.clvss.core.referral.LocalCircuits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.data.binder.Binder;
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
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Offence;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The orientation simulator: a professional describes a situation in plain words — facts,
 * never a name — and sees what the territory's rules say: whom to contact and how soon,
 * whether a report is possible or required, to whom and on which legal basis, what the law
 * asks of them, the rules that fired and the facts they were applied to; then prints it.
 * It asks every fact vss-core's rules use ({@link Situation}); a yes/no fact can be said to be
 * unknown, and the day the professional acts picks the law in force that day (empty: today in
 * the territory). Nothing is stored. Works with the keyboard alone: the answer's heading takes
 * the focus when it appears.
 */
@Menu(order = 400, title = "nav.simulator", icon = "vaadin:sign-in-alt")
@Route("orientation")
@PermitAll
final class SimulatorView extends Main implements HasDynamicTitle {

    private final transient LocalCircuits circuits;

    private final transient Documents documents;
    private final CurrentUser user;
    private final SituationForm model = new SituationForm();
    private final Binder<SituationForm> binder = new Binder<>(SituationForm.class);
    private final CheckboxGroup<Capacity> asker = new CheckboxGroup<>();
    private final Select<Institution> institution = new Select<>();
    private final Select<Context> context = new Select<>();
    private final Checkbox learnedInFunctions = new Checkbox();
    private final DatePicker day = new DatePicker();
    private final RadioButtonGroup<AgeGroup> age = new RadioButtonGroup<>();
    private final Select<Vulnerability> vulnerability = new Select<>();
    private final CheckboxGroup<MinorFact> minorFacts = new CheckboxGroup<>();
    private final Checkbox deafOrHardOfHearing = new Checkbox();
    private final RadioButtonGroup<Relation> relation = new RadioButtonGroup<>();
    private final CheckboxGroup<Violence> violences = new CheckboxGroup<>();
    private final RadioButtonGroup<Recency> recency = new RadioButtonGroup<>();
    private final Select<Offence> offence = new Select<>();
    private final Checkbox immediateDanger = new Checkbox();
    private final Checkbox lifeInDanger = new Checkbox();
    private final Checkbox emprise = new Checkbox();
    private final Checkbox childrenExposed = new Checkbox();
    private final Checkbox childVictim = new Checkbox();
    private final Checkbox cannotSpeak = new Checkbox();
    private final Checkbox needsShelter = new Checkbox();
    private final Checkbox dangerousWithWeapon = new Checkbox();
    private final Checkbox judicialPoliceOfficer = new Checkbox();
    private final CheckboxGroup<Flag> unknown = new CheckboxGroup<>();
    private final Map<Flag, Checkbox> flags = new EnumMap<>(Flag.class);
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
        bind();
        Div form = new Div(
                group("simulator.group.asker", asker, institution, context, learnedInFunctions, judicialPoliceOfficer, day),
                group("simulator.group.person", age, vulnerability, minorFacts, deafOrHardOfHearing),
                group("simulator.group.violence", relation, violences, recency, offence),
                group("simulator.group.danger", immediateDanger, lifeInDanger, emprise, childrenExposed, childVictim, cannotSpeak,
                        needsShelter, dangerousWithWeapon),
                group("simulator.group.unknown", unknown),
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
        choices(institution, "institution", Institution.values(), "situation.institution.");
        institution.setHelperText(getTranslation("simulator.institution.help"));
        choices(context, "context", Context.values(), "situation.context.");
        explained(learnedInFunctions, "learned-in-functions");
        explained(judicialPoliceOfficer, "judicial-police-officer");
        judicialPoliceOfficer.setId("simulator-judicial-police-officer");
        day.setLabel(getTranslation("simulator.day"));
        day.setHelperText(getTranslation("simulator.day.help"));
        day.setPlaceholder(getTranslation("simulator.day.placeholder"));
        day.setLocale(getLocale());
        day.setClearButtonVisible(true);
        age.setLabel(getTranslation("simulator.age"));
        age.setItems(AgeGroup.values());
        age.setItemLabelGenerator(a -> getTranslation("situation.age." + a.name()));
        choices(vulnerability, "vulnerability", Vulnerability.values(), "situation.vulnerability.");
        vulnerability.setHelperText(getTranslation("simulator.vulnerability.help"));
        minorFacts.setLabel(getTranslation("simulator.minor-facts"));
        minorFacts.setHelperText(getTranslation("simulator.minor-facts.help"));
        minorFacts.setItems(MinorFact.values());
        minorFacts.setItemLabelGenerator(f -> getTranslation("situation.minor-fact." + f.name()));
        minorFacts.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        explained(deafOrHardOfHearing, "deaf");
        relation.setLabel(getTranslation("simulator.relation"));
        relation.setHelperText(getTranslation("simulator.relation.help"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation("situation.relation." + r.name()));
        relation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        violences.setLabel(getTranslation("simulator.violences"));
        violences.setHelperText(getTranslation("simulator.violences.help"));
        violences.setItems(Violence.values());
        violences.setItemLabelGenerator(v -> getTranslation("situation.violence." + v.name()));
        violences.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        recency.setLabel(getTranslation("simulator.recency"));
        recency.setHelperText(getTranslation("simulator.recency.help"));
        recency.setItems(Recency.values());
        recency.setItemLabelGenerator(r -> getTranslation("situation.recency." + r.name()));
        choices(offence, "offence", Offence.values(), "situation.offence.");
        offence.setHelperText(getTranslation("simulator.offence.help"));
        explained(immediateDanger, "immediate-danger");
        explained(lifeInDanger, "life-in-danger");
        explained(emprise, "emprise");
        explained(childrenExposed, "children-exposed");
        explained(childVictim, "child-victim");
        explained(cannotSpeak, "cannot-speak");
        explained(needsShelter, "needs-shelter");
        explained(dangerousWithWeapon, "dangerous-with-weapon");
        flags.put(Flag.IMMEDIATE_DANGER, immediateDanger);
        flags.put(Flag.LIFE_IN_DANGER, lifeInDanger);
        flags.put(Flag.EMPRISE, emprise);
        flags.put(Flag.CHILDREN_EXPOSED, childrenExposed);
        flags.put(Flag.CHILD_VICTIM, childVictim);
        flags.put(Flag.CANNOT_SPEAK, cannotSpeak);
        flags.put(Flag.DEAF_OR_HARD_OF_HEARING, deafOrHardOfHearing);
        flags.put(Flag.NEEDS_SHELTER, needsShelter);
        flags.put(Flag.LEARNED_IN_FUNCTIONS, learnedInFunctions);
        flags.put(Flag.DANGEROUS_WITH_WEAPON, dangerousWithWeapon);
        flags.put(Flag.JUDICIAL_POLICE_OFFICER, judicialPoliceOfficer);
        unknown.setLabel(getTranslation("simulator.unknown"));
        unknown.setHelperText(getTranslation("simulator.unknown.help"));
        unknown.setItems(Flag.values());
        unknown.setItemLabelGenerator(f -> getTranslation("situation.fact." + camel(f.name())));
        unknown.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        consent.setLabel(getTranslation("simulator.consent"));
        consent.setHelperText(getTranslation("simulator.consent.help"));
        consent.setItems(Consent.values());
        consent.setItemLabelGenerator(c -> getTranslation("situation.consent." + c.name()));
        consent.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        // a fact not known cannot be ticked; a life in danger is an immediate danger; facts about a minor need one
        unknown.addValueChangeListener(change -> flags.forEach((flag, box) -> {
            boolean notKnown = change.getValue().contains(flag);
            if (notKnown) {
                box.setValue(false);
            }
            box.setEnabled(!notKnown);
        }));
        lifeInDanger.addValueChangeListener(change -> {
            if (change.getValue()) {
                immediateDanger.setValue(true);
                unknown.deselect(Flag.IMMEDIATE_DANGER);
            }
        });
        age.addValueChangeListener(change -> {
            boolean mayBeMinor = change.getValue() == AgeGroup.MINOR || change.getValue() == AgeGroup.UNKNOWN;
            if (!mayBeMinor) {
                minorFacts.clear();
            }
            minorFacts.setVisible(mayBeMinor);
        });
    }

    private void bind() {
        // a validator, not asRequired: a checkbox group's "required" attribute is not an allowed ARIA attribute (axe)
        binder.forField(asker).withValidator(chosen -> !chosen.isEmpty(), getTranslation("simulator.asker.missing"))
                .bind(SituationForm::getAsker, SituationForm::setAsker);
        binder.forField(institution).bind(SituationForm::getInstitution, SituationForm::setInstitution);
        binder.forField(context).bind(SituationForm::getContext, SituationForm::setContext);
        binder.forField(learnedInFunctions).bind(SituationForm::isLearnedInFunctions, SituationForm::setLearnedInFunctions);
        binder.forField(day).bind(SituationForm::getDay, SituationForm::setDay);
        binder.forField(age).bind(SituationForm::getAge, SituationForm::setAge);
        binder.forField(vulnerability).bind(SituationForm::getVulnerability, SituationForm::setVulnerability);
        binder.forField(minorFacts).bind(SituationForm::getMinorFacts, SituationForm::setMinorFacts);
        binder.forField(deafOrHardOfHearing).bind(SituationForm::isDeafOrHardOfHearing, SituationForm::setDeafOrHardOfHearing);
        binder.forField(relation).bind(SituationForm::getRelation, SituationForm::setRelation);
        binder.forField(violences).bind(SituationForm::getViolences, SituationForm::setViolences);
        binder.forField(recency).bind(SituationForm::getRecency, SituationForm::setRecency);
        binder.forField(offence).bind(SituationForm::getOffence, SituationForm::setOffence);
        binder.forField(immediateDanger).bind(SituationForm::isImmediateDanger, SituationForm::setImmediateDanger);
        binder.forField(lifeInDanger).bind(SituationForm::isLifeInDanger, SituationForm::setLifeInDanger);
        binder.forField(emprise).bind(SituationForm::isEmprise, SituationForm::setEmprise);
        binder.forField(childrenExposed).bind(SituationForm::isChildrenExposed, SituationForm::setChildrenExposed);
        binder.forField(childVictim).bind(SituationForm::isChildVictim, SituationForm::setChildVictim);
        binder.forField(cannotSpeak).bind(SituationForm::isCannotSpeak, SituationForm::setCannotSpeak);
        binder.forField(needsShelter).bind(SituationForm::isNeedsShelter, SituationForm::setNeedsShelter);
        binder.forField(dangerousWithWeapon).bind(SituationForm::isDangerousWithWeapon, SituationForm::setDangerousWithWeapon);
        binder.forField(judicialPoliceOfficer).bind(SituationForm::isJudicialPoliceOfficer, SituationForm::setJudicialPoliceOfficer);
        binder.forField(unknown).bind(SituationForm::getUnknown, SituationForm::setUnknown);
        binder.forField(consent).bind(SituationForm::getConsent, SituationForm::setConsent);
        binder.readBean(model);
    }

    private <T extends Enum<T>> void choices(Select<T> field, String key, T[] values, String prefix) {
        field.setLabel(getTranslation("simulator." + key));
        field.setItems(values);
        field.setItemLabelGenerator(v -> v == null ? "" : getTranslation(prefix + v.name()));
    }

    private void explained(Checkbox box, String key) {
        box.setLabel(getTranslation("simulator." + key));
        box.setHelperText(getTranslation("simulator." + key + ".help"));
    }

    /** {@code IMMEDIATE_DANGER} as vss-core's fact key {@code immediateDanger}. */
    private static String camel(String constant) {
        StringBuilder key = new StringBuilder();
        for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
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
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            asker.getElement().executeJs("this.querySelector('input')?.focus()");
            return Optional.empty();
        }
        return Optional.of(SituationMapping.MAP.toSituation(model));
    }

    private void show(Territory territory) {
        Optional<Situation> situation = situation();
        if (situation.isEmpty()) {
            return;
        }
        Language language = Language.of(getLocale());
        Explanation words = Optional.ofNullable(model.getDay())
                .map(on -> circuits.explain(territory.id(), situation.get(), on, language.locale()))
                .orElseGet(() -> circuits.explain(territory.id(), situation.get(), language.locale()));
        result.removeAll();
        H2 heading = new H2(getTranslation("simulator.result"));
        heading.setId("simulator-result-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        result.add(heading);
        words.decision().date().ifPresent(on -> {
            Paragraph law = new Paragraph(getTranslation("simulator.law-of",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(on)));
            law.setId("simulator-law-of");
            result.add(law);
        });
        result.add(contacts(words), reports(words));
        if (!words.duties().isEmpty()) {
            UnorderedList duties = new UnorderedList();
            duties.setId("simulator-duties");
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
        rules.setId("simulator-rules");
        words.rules().forEach(r -> rules.add(new ListItem(new Span(r.summary() + " "), muted("(" + r.legalBasis() + ")"))));
        result.add(new H3(getTranslation("simulator.rules")), rules);
        UnorderedList facts = new UnorderedList();
        facts.setId("simulator-facts");
        words.situation().forEach(f -> facts.add(new ListItem(getTranslation("simulator.fact", f.question(), f.answer()))));
        result.add(new H3(getTranslation("simulator.facts")), facts);
        Paragraph version = new Paragraph(getTranslation("simulator.version", words.ruleSetVersion()));
        version.setId("simulator-version");
        result.add(version, print(territory, words, language));
        if (user.actor().holds(io.github.clvss.core.access.Role.PARTNER, territory.id())) {
            result.add(newPath(situation.get()));
        }
        result.add(new Paragraph(getTranslation("simulator.disclaimer")));
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

    /** One click from the decision to a victim's path: the situation goes along in the session, never in the address. */
    private Button newPath(Situation situation) {
        Button open = new Button(getTranslation("simulator.new-path"), VaadinIcon.PLUS.create(), click -> {
            io.github.clvss.admin.base.SituationHandOff.give(situation);
            getUI().ifPresent(ui -> ui.navigate("nouvelle-orientation"));
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("simulator-new-path");
        return open;
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
