package io.github.clvss.admin.referral;

import io.github.clvss.core.referral.CircuitChange;
import io.github.clvss.core.referral.CircuitCondition;
import java.util.List;
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
        List<String> parts = when.restrictions().stream().map(r -> text("circuits.fact-value", text(r.fact()),
                r.values().stream().map(this::text).collect(Collectors.joining(", ")))).toList();
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

    private String text(String key, Object... params) {
        return texts.apply(key, params);
    }
}
