package io.github.clvss.core.referral;

import java.util.Optional;

/**
 * A referral rule: built into vss (the French legal rules), a town's local circuits, or a
 * plug-in found by {@link java.util.ServiceLoader} (declare it in
 * {@code META-INF/services/io.github.clvss.core.referral.ReferralRule}) or registered in code.
 * A rule may add referrals, raise urgency and add duties; it can never remove what another
 * rule added. Rules must be pure: same situation, same effect.
 */
public interface ReferralRule {

    /** A stable id, e.g. {@code fr.226-14-3}; a plug-in prefixes its own (e.g. {@code boulogne.taxi}). */
    String id();

    /** The rule's version, part of the rule set's version. */
    String version();

    /** The rule's source: an article, a local decision. */
    String legalBasis();

    /** Whether the rule applies to the situation. */
    boolean appliesTo(Situation situation);

    /** What the rule adds to the decision when it applies. */
    void apply(Situation situation, DecisionBuilder decision);

    /**
     * The base name of the bundle holding this rule's texts (its id and its reason codes),
     * loaded with the rule's class loader: {@code rules.properties} in French and
     * {@code rules_en.properties} in English. Empty when its codes are vss's own.
     */
    default Optional<String> texts() {
        return java.util.Optional.empty();
    }

    /**
     * Whether the rule is in force on a day: a decision taken that day applies it. A plug-in
     * or a circuit is in force every day unless it says otherwise.
     */
    default boolean inForceOn(java.time.LocalDate day) {
        return true;
    }
}
