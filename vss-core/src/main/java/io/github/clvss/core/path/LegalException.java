package io.github.clvss.core.path;

import java.util.Objects;

/**
 * What a professional names to hand a path over without the person's consent: a legal
 * exception the path's decision gives — one of its reporting outcomes that needs no consent
 * (art. 226-14 1° or 3° du code pénal, art. 40 CPP, information préoccupante…), by its rule id —
 * and why it applies here. The handover is then an override of consent, journaled as such.
 *
 * @param rule the id of a rule of the decision whose reporting outcome needs no consent, e.g. {@code fr.226-14-3}
 * @param reason why the exception applies (no identifying details)
 */
public record LegalException(String rule, PathNote reason) {

    public LegalException {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
