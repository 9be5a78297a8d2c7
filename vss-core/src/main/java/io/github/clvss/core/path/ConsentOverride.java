package io.github.clvss.core.path;

import java.time.Instant;
import java.util.Objects;

/**
 * A handover sent without consent covering its partner, on a legal exception the path's
 * decision names; kept with the handover and journaled ({@code path.handover.override}, with the
 * rule as the entry's reason).
 *
 * @param rule the rule of the decision that allows it, e.g. {@code fr.226-14-3}
 * @param legalBasis that rule's legal basis, e.g. {@code art. 226-14 3° du code pénal}
 * @param reason why the professional applied it (no identifying details)
 * @param by the account id of who overrode
 * @param at when
 */
public record ConsentOverride(String rule, String legalBasis, PathNote reason, String by, Instant at) {

    public ConsentOverride {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
