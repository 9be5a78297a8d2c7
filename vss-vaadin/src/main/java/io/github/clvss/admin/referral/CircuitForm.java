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
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds or changes one circuit of the draft: the facts it applies to (each an optional set of
 * values, none meaning any), whom it sends to, how soon and how, and why. What the draft would
 * then hold — overlaps, problems — shows as the coordinator edits.
 */
final class CircuitForm extends Dialog {

    /** Whom a circuit can send to: a partner of the territory, or a resource serving it. */
    record Target(String value, String label) {
    }

    /** "Any", "yes" or "no" for a fact that is true or false. */
    enum Answer {
        ANY, YES, NO;

        Set<Boolean> matching() {
            return switch (this) {
                case ANY -> Set.of();
                case YES -> Set.of(true);
                case NO -> Set.of(false);
            };
        }

        static Answer of(Set<Boolean> values) {
            return values.size() != 1 ? ANY : values.contains(true) ? YES : NO;
        }
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
    private final ComboBox<Target> target = new ComboBox<>();
    private final Select<Urgency> urgency = new Select<>();
    private final Select<String> channel = new Select<>();
    private final TextArea reason = new TextArea();
    private final Paragraph summary = new Paragraph();
    private final Div preview = new Div();
    private final CircuitWords words;
    private final Function<Circuit, List<String>> previewOf;

    /**
     * @param current the circuit to change, or empty to add one
     * @param targets whom circuits may send to
     * @param nameTaken whether another circuit of the draft has a name
     * @param previewOf what the draft would hold with this circuit: warnings and problems, in words
     * @param save takes the circuit into the draft
     */
    CircuitForm(Optional<Circuit> current, List<Target> targets, Function<String, Boolean> nameTaken,
            Function<Circuit, List<String>> previewOf, Consumer<Circuit> save) {
        this.words = new CircuitWords(this::getTranslation);
        this.previewOf = previewOf;
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
        target.setLabel(getTranslation("circuits.target"));
        target.setHelperText(getTranslation("circuits.target.help"));
        target.setRequiredIndicatorVisible(true);
        target.setItems(targets);
        target.setItemLabelGenerator(Target::label);
        urgency.setLabel(getTranslation("circuits.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? "" : getTranslation("referral.urgency." + kebab(u.name())));
        urgency.setValue(Urgency.WITHIN_DAYS);
        channel.setLabel(getTranslation("circuits.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation("referral.channel." + c));
        channel.setValue("phone");
        reason.setLabel(getTranslation("circuits.reason"));
        reason.setHelperText(getTranslation("circuits.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(300);
        current.ifPresent(this::fill);
        summary.addClassName("vss-muted");
        summary.setId("circuit-summary");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.setId("circuit-preview");
        FormLayout layout = new FormLayout(name, target, urgency, channel, reason, ages, vulnerabilities, relations, violences,
                recencies, immediateDanger, emprise, childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts);
        layout.setColspan(reason, 2);
        Paragraph factsHelp = new Paragraph(getTranslation("circuits.facts.help"));
        add(layout, factsHelp, summary, preview);
        List<HasValue<?, ?>> fields = List.of(name, ages, vulnerabilities, relations, violences, recencies, immediateDanger,
                emprise, childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, target, urgency, channel, reason);
        fields.forEach(field -> field.addValueChangeListener(change -> refresh()));
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        refresh();
        Button ok = new Button(getTranslation("circuits.keep"), click -> {
            List<String> errors = errors(current, nameTaken);
            if (!errors.isEmpty()) {
                return;
            }
            save.accept(circuit().orElseThrow());
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("circuit-keep");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
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
        field.setValue(Answer.ANY);
    }

    private void fill(Circuit c) {
        name.setValue(c.name());
        CircuitCondition w = c.when();
        ages.setValue(w.ages());
        vulnerabilities.setValue(w.vulnerabilities());
        relations.setValue(w.relations());
        violences.setValue(w.violences());
        recencies.setValue(w.recencies());
        immediateDanger.setValue(Answer.of(w.immediateDanger()));
        emprise.setValue(Answer.of(w.emprise()));
        childrenExposed.setValue(Answer.of(w.childrenExposed()));
        cannotSpeak.setValue(Answer.of(w.cannotSpeak()));
        needsShelter.setValue(Answer.of(w.needsShelter()));
        consents.setValue(w.consents());
        askers.setValue(w.askers());
        contexts.setValue(w.contexts());
        target.getListDataView().getItems().filter(t -> t.value().equals(c.target())).findFirst().ifPresentOrElse(target::setValue,
                () -> {
                    Target gone = new Target(c.target(), getTranslation("referral.target.unknown"));
                    target.setValue(gone);
                });
        urgency.setValue(c.urgency());
        channel.setValue(CHANNELS.contains(c.channel()) ? c.channel() : "phone");
        reason.setValue(c.reason());
    }

    private CircuitCondition condition() {
        return new CircuitCondition(ages.getValue(), vulnerabilities.getValue(), relations.getValue(), violences.getValue(),
                recencies.getValue(), immediateDanger.getValue().matching(), emprise.getValue().matching(),
                childrenExposed.getValue().matching(), cannotSpeak.getValue().matching(), needsShelter.getValue().matching(),
                consents.getValue(), askers.getValue(), contexts.getValue());
    }

    private Optional<Circuit> circuit() {
        String n = name.getValue().strip();
        String why = reason.getValue().strip();
        if (!Circuit.isName(n) || target.getValue() == null || !Circuit.isTarget(target.getValue().value()) || why.isEmpty()
                || why.length() > 300) {
            return Optional.empty();
        }
        return Optional.of(new Circuit(n, condition(), target.getValue().value(), urgency.getValue(), channel.getValue(), why));
    }

    /** Marks the fields in error and says why; empty when the circuit can be kept. */
    private List<String> errors(Optional<Circuit> current, Function<String, Boolean> taken) {
        List<String> errors = new ArrayList<>();
        String n = name.getValue().strip();
        boolean badName = !Circuit.isName(n);
        boolean duplicate = !badName && taken.apply(n) && current.map(c -> !c.name().equals(n)).orElse(true);
        name.setInvalid(badName || duplicate);
        name.setErrorMessage(badName ? getTranslation("circuits.name.invalid")
                : duplicate ? getTranslation("circuits.name.taken") : "");
        if (badName || duplicate) {
            errors.add(name.getErrorMessage());
        }
        target.setInvalid(target.getValue() == null);
        target.setErrorMessage(getTranslation("circuits.target.missing"));
        if (target.getValue() == null) {
            errors.add(target.getErrorMessage());
        }
        boolean noReason = reason.getValue().isBlank();
        reason.setInvalid(noReason);
        reason.setErrorMessage(getTranslation("circuits.reason.missing"));
        if (noReason) {
            errors.add(reason.getErrorMessage());
        }
        return errors;
    }

    private void refresh() {
        summary.setText(getTranslation("circuits.applies-when", words.condition(condition())));
        preview.removeAll();
        circuit().ifPresent(c -> previewOf.apply(c).forEach(line -> {
            Paragraph p = new Paragraph(line);
            p.addClassName("vss-hint");
            preview.add(p);
        }));
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
