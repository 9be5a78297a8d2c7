package io.github.clvss.core.deliberation;

import java.util.Objects;

/**
 * What a deliberation is about in the @ctes classification (nomenclature ACTES), second
 * level, as the SCDL "Délibérations" open-data schema asks: a code such as {@code 9.1} and its
 * name, e.g. {@code Autres domaines de compétences des communes}. The code's form is checked by
 * {@link DeliberationCheck}, not here: a form fills it in progressively.
 *
 * @param code the matière's code, {@code digit.digits}
 * @param name the matière's name, as the authority writes it
 */
public record Subject(String code, String name) {

    public Subject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
