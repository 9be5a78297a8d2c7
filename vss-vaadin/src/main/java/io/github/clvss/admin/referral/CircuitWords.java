package io.github.clvss.admin.referral;

import io.github.clvss.core.referral.CircuitChange;
import io.github.clvss.core.referral.CircuitCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A circuit's condition and a revision's changes in the reader's words. */
final class CircuitWords {

    private final BiFunction<String, Object[], String> texts;

    /** @param texts the component's {@code getTranslation(key, params)} */
    CircuitWords(BiFunction<String, Object[], String> texts) {
        this.texts = texts;
    }

    /** "Âge de la personne : Mineur · Danger immédiat : Oui", or "toutes les situations". */
    String condition(CircuitCondition when) {
        List<String> parts = new ArrayList<>();
        part(parts, "age", when.ages(), "situation.age.");
        part(parts, "vulnerability", when.vulnerabilities(), "situation.vulnerability.");
        part(parts, "relation", when.relations(), "situation.relation.");
        part(parts, "violences", when.violences(), "situation.violence.");
        part(parts, "recency", when.recencies(), "situation.recency.");
        bool(parts, "immediateDanger", when.immediateDanger());
        bool(parts, "emprise", when.emprise());
        bool(parts, "childrenExposed", when.childrenExposed());
        bool(parts, "cannotSpeak", when.cannotSpeak());
        bool(parts, "needsShelter", when.needsShelter());
        part(parts, "consent", when.consents(), "situation.consent.");
        part(parts, "asker", when.askers(), "situation.capacity.");
        part(parts, "context", when.contexts(), "situation.context.");
        return parts.isEmpty() ? text("circuits.any-situation") : String.join(" · ", parts);
    }

    /** "ajouté : a · modifié : b (cible, urgence) · retiré : c", or "aucun changement". */
    String changes(List<CircuitChange> changes) {
        if (changes.isEmpty()) {
            return text("circuits.no-change");
        }
        return changes.stream().map(c -> text("circuits.change." + c.kind().name(), c.circuit())
                + (c.fields().isEmpty() ? "" : " (" + c.fields().stream().map(f -> text("circuits.field." + f))
                        .collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(" · "));
    }

    private <T extends Enum<T>> void part(List<String> parts, String fact, Set<T> values, String prefix) {
        if (!values.isEmpty()) {
            parts.add(text("circuits.fact-value", text("situation.fact." + fact), values.stream().sorted()
                    .map(v -> text(prefix + v.name())).collect(Collectors.joining(", "))));
        }
    }

    private void bool(List<String> parts, String fact, Set<Boolean> values) {
        if (values.size() == 1) {
            parts.add(text("circuits.fact-value", text("situation.fact." + fact),
                    text(values.contains(true) ? "situation.yes" : "situation.no")));
        }
    }

    private String text(String key, Object... params) {
        return texts.apply(key, params);
    }
}
