package io.github.clvss.core.referral;

/**
 * One rule that fired for a situation: the decision's trace.
 *
 * @param rule the rule's id
 * @param version the rule's version
 * @param legalBasis its source
 */
public record Firing(String rule, String version, String legalBasis) {
}
