package io.github.clvss.admin.referral;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.github.clvss.admin.referral.CircuitForm.Answer;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds or changes one circuit of the draft: the facts it applies to (each an optional set of
 * values, none meaning any), whom it sends to, how soon and how, and why. What the draft would
 * then hold — overlaps, problems — shows as the coordinator edits. The fields are bound to a
 * {@link CircuitForm} with a {@link Binder} and copied by {@link CircuitMapping}; a bad name, a
 * missing target or reason is refused on its field and the input stays. Nothing is saved here:
 * the circuit goes into the draft, which the circuits screen publishes, so this is a plain
 * dialog with its own "keep in the draft" button rather than {@code base/FormDialog}.
 */
final class CircuitEditor extends Dialog {

    /** Whom a circuit can send to: a partner of the territory, or a resource serving it. */
    record Target(String value, String label) {
    }

    private static final List<String> CHANNELS = List.of("phone", "visit", "sms", "web");

    private final TextField name = new TextField();
    private final MultiSelectComboBox<AgeGroup> ages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Vulnerability> vulnerabilities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Relation> relations = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Violence> violences = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Recency> recencies = new MultiSelectComboBox<>();
    private final Select<Answer> immediateDanger = new Select<>();
    private final Select<Answer> emprise = new Select<>();
    private final Select<Answer> childrenExposed = new Select<>();
    private final Select<Answer> cannotSpeak = new Select<>();
    private final Select<Answer> needsShelter = new Select<>();
    private final MultiSelectComboBox<Consent> consents = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Capacity> askers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Context> contexts = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Offence> offences = new MultiSelectComboBox<>();
    private final Select<Answer> lifeInDanger = new Select<>();
    private final Select<Answer> childVictim = new Select<>();
    private final Select<Answer> dangerousWithWeapon = new Select<>();
    private final Select<Answer> deafOrHardOfHearing = new Select<>();
    private final MultiSelectComboBox<Institution> institutions = new MultiSelectComboBox<>();
    private final Select<Answer> learnedInFunctions = new Select<>();
    private final Select<Answer> judicialPoliceOfficer = new Select<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final Select<Urgency> urgency = new Select<>();
    private final Select<String> channel = new Select<>();
    private final TextArea reason = new TextArea();
    private final Paragraph summary = new Paragraph();
    private final Div preview = new Div();
    private final CircuitWords words;
    private final Function<Circuit, List<String>> previewOf;
    private final CircuitForm model;
    private final Binder<CircuitForm> binder = new Binder<>(CircuitForm.class);

    /**
     * @param current the circuit to change, or empty to add one
     * @param targets whom circuits may send to
     * @param nameTaken whether another circuit of the draft has a name
     * @param previewOf what the draft would hold with this circuit: warnings and problems, in words
     * @param save takes the circuit into the draft
     */
    CircuitEditor(Optional<Circuit> current, List<Target> targets, Function<String, Boolean> nameTaken,
            Function<Circuit, List<String>> previewOf, Consumer<Circuit> save) {
        this.words = new CircuitWords(this::getTranslation);
        this.previewOf = previewOf;
        this.model = current.map(CircuitMapping.MAP::toForm).orElseGet(CircuitForm::new);
        setHeaderTitle(getTranslation(current.isPresent() ? "circuits.edit" : "circuits.add"));
        setWidth("min(60rem, 95vw)");
        name.setLabel(getTranslation("circuits.name"));
        name.setHelperText(getTranslation("circuits.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        facts(ages, "age", AgeGroup.values(), "situation.age.");
        facts(vulnerabilities, "vulnerability", Vulnerability.values(), "situation.vulnerability.");
        facts(relations, "relation", Relation.values(), "situation.relation.");
        facts(violences, "violences", Violence.values(), "situation.violence.");
        facts(recencies, "recency", Recency.values(), "situation.recency.");
        answer(immediateDanger, "immediateDanger");
        answer(emprise, "emprise");
        answer(childrenExposed, "childrenExposed");
        answer(cannotSpeak, "cannotSpeak");
        answer(needsShelter, "needsShelter");
        facts(consents, "consent", Consent.values(), "situation.consent.");
        facts(askers, "asker", Capacity.values(), "situation.capacity.");
        facts(contexts, "context", Context.values(), "situation.context.");
        facts(offences, "offence", Offence.values(), "situation.offence.");
        answer(lifeInDanger, "lifeInDanger");
        answer(childVictim, "childVictim");
        answer(dangerousWithWeapon, "dangerousWithWeapon");
        answer(deafOrHardOfHearing, "deafOrHardOfHearing");
        facts(institutions, "institution", Institution.values(), "situation.institution.");
        answer(learnedInFunctions, "learnedInFunctions");
        answer(judicialPoliceOfficer, "judicialPoliceOfficer");
        target.setLabel(getTranslation("circuits.target"));
        target.setHelperText(getTranslation("circuits.target.help"));
        target.setRequiredIndicatorVisible(true);
        target.setItems(targets);
        target.setItemLabelGenerator(Target::label);
        urgency.setLabel(getTranslation("circuits.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? "" : getTranslation("referral.urgency." + kebab(u.name())));
        channel.setLabel(getTranslation("circuits.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation("referral.channel." + c));
        if (!CHANNELS.contains(model.getChannel())) {
            model.setChannel("phone");
        }
        reason.setLabel(getTranslation("circuits.reason"));
        reason.setHelperText(getTranslation("circuits.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(300);
        bind(current, targets, nameTaken);
        summary.addClassName("vss-muted");
        summary.setId("circuit-summary");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.setId("circuit-preview");
        FormLayout layout = new FormLayout(name, target, urgency, channel, reason, ages, vulnerabilities, relations, violences,
                recencies, offences, immediateDanger, lifeInDanger, emprise, childrenExposed, childVictim, cannotSpeak,
                deafOrHardOfHearing, needsShelter, dangerousWithWeapon, consents, askers, institutions, learnedInFunctions,
                judicialPoliceOfficer, contexts);
        layout.setColspan(reason, 2);
        Paragraph factsHelp = new Paragraph(getTranslation("circuits.facts.help"));
        add(layout, factsHelp, summary, preview);
        List<HasValue<?, ?>> fields = List.of(name, ages, vulnerabilities, relations, violences, recencies, immediateDanger,
                emprise, childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer, target, urgency,
                channel, reason);
        fields.forEach(field -> field.addValueChangeListener(change -> refresh()));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        refresh();
        Button ok = new Button(getTranslation("circuits.keep"), click -> {
            if (!binder.writeBeanIfValid(model)) {
                binder.validate();
                return;
            }
            CircuitMapping.MAP.toCircuit(model).ifPresent(circuit -> {
                save.accept(circuit);
                close();
            });
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("circuit-keep");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }

    private void bind(Optional<Circuit> current, List<Target> targets, Function<String, Boolean> nameTaken) {
        binder.forField(name)
                .withValidator(n -> Circuit.isName(n.strip()), getTranslation("circuits.name.invalid"))
                .withValidator(n -> !nameTaken.apply(n.strip()) || current.map(c -> c.name().equals(n.strip())).orElse(false),
                        getTranslation("circuits.name.taken"))
                .bind(CircuitForm::getName, CircuitForm::setName);
        binder.forField(target).asRequired(getTranslation("circuits.target.missing"))
                .withConverter(t -> t == null ? null : t.value(), value -> value == null ? null : targets.stream()
                        .filter(t -> t.value().equals(value)).findFirst()
                        .orElseGet(() -> new Target(value, getTranslation("referral.target.unknown"))))
                .bind(CircuitForm::getTarget, CircuitForm::setTarget);
        binder.forField(urgency).bind(CircuitForm::getUrgency, CircuitForm::setUrgency);
        binder.forField(channel).bind(CircuitForm::getChannel, CircuitForm::setChannel);
        binder.forField(reason).withValidator(r -> !r.isBlank(), getTranslation("circuits.reason.missing"))
                .bind(CircuitForm::getReason, CircuitForm::setReason);
        binder.forField(ages).bind(CircuitForm::getAges, CircuitForm::setAges);
        binder.forField(vulnerabilities).bind(CircuitForm::getVulnerabilities, CircuitForm::setVulnerabilities);
        binder.forField(relations).bind(CircuitForm::getRelations, CircuitForm::setRelations);
        binder.forField(violences).bind(CircuitForm::getViolences, CircuitForm::setViolences);
        binder.forField(recencies).bind(CircuitForm::getRecencies, CircuitForm::setRecencies);
        binder.forField(immediateDanger).bind(CircuitForm::getImmediateDanger, CircuitForm::setImmediateDanger);
        binder.forField(emprise).bind(CircuitForm::getEmprise, CircuitForm::setEmprise);
        binder.forField(childrenExposed).bind(CircuitForm::getChildrenExposed, CircuitForm::setChildrenExposed);
        binder.forField(cannotSpeak).bind(CircuitForm::getCannotSpeak, CircuitForm::setCannotSpeak);
        binder.forField(needsShelter).bind(CircuitForm::getNeedsShelter, CircuitForm::setNeedsShelter);
        binder.forField(consents).bind(CircuitForm::getConsents, CircuitForm::setConsents);
        binder.forField(askers).bind(CircuitForm::getAskers, CircuitForm::setAskers);
        binder.forField(contexts).bind(CircuitForm::getContexts, CircuitForm::setContexts);
        binder.forField(offences).bind(CircuitForm::getOffences, CircuitForm::setOffences);
        binder.forField(lifeInDanger).bind(CircuitForm::getLifeInDanger, CircuitForm::setLifeInDanger);
        binder.forField(childVictim).bind(CircuitForm::getChildVictim, CircuitForm::setChildVictim);
        binder.forField(dangerousWithWeapon).bind(CircuitForm::getDangerousWithWeapon, CircuitForm::setDangerousWithWeapon);
        binder.forField(deafOrHardOfHearing).bind(CircuitForm::getDeafOrHardOfHearing, CircuitForm::setDeafOrHardOfHearing);
        binder.forField(institutions).bind(CircuitForm::getInstitutions, CircuitForm::setInstitutions);
        binder.forField(learnedInFunctions).bind(CircuitForm::getLearnedInFunctions, CircuitForm::setLearnedInFunctions);
        binder.forField(judicialPoliceOfficer).bind(CircuitForm::getJudicialPoliceOfficer, CircuitForm::setJudicialPoliceOfficer);
        binder.readBean(model);
    }

    private <T extends Enum<T>> void facts(MultiSelectComboBox<T> field, String fact, T[] values, String prefix) {
        field.setLabel(getTranslation("situation.fact." + fact));
        field.setPlaceholder(getTranslation("circuits.any"));
        field.setItems(values);
        field.setItemLabelGenerator(v -> getTranslation(prefix + v.name()));
    }

    private void answer(Select<Answer> field, String fact) {
        field.setLabel(getTranslation("situation.fact." + fact));
        field.setItems(Answer.values());
        field.setItemLabelGenerator(a -> a == null ? "" : getTranslation("circuits.answer." + a.name()));
    }

    /** What the form holds now, valid or not, for the summary and the preview. */
    private CircuitForm typed() {
        CircuitForm draft = new CircuitForm();
        binder.writeBeanAsDraft(draft, true);
        return draft;
    }

    private void refresh() {
        CircuitForm draft = typed();
        summary.setText(getTranslation("circuits.applies-when", words.condition(CircuitMapping.MAP.toCondition(draft))));
        preview.removeAll();
        CircuitMapping.MAP.toCircuit(draft).ifPresent(c -> previewOf.apply(c).forEach(line -> {
            Paragraph p = new Paragraph(line);
            p.addClassName("vss-hint");
            preview.add(p);
        }));
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
