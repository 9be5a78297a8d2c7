package io.github.clvss.core.referral;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A town's local circuit: for the situations its condition meets, who handles them and how
 * soon. A circuit only adds a referral: it can never switch off a legal duty.
 *
 * @param name a short name, lower case, digits and hyphens ({@code urgences-ambroise-pare}); the rule id is {@code local.<name>}
 * @param when the situations it applies to
 * @param target {@code partner:<id>} or {@code resource:<id>}
 * @param urgency how soon
 * @param channel how
 * @param reason why, in the coordinator's words (or a text code)
 */
public record Circuit(String name, CircuitCondition when, String target, Urgency urgency, String channel, String reason)
        implements ReferralRule {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TARGET = Pattern.compile("(partner|resource):[A-Za-z0-9-]+");

    public Circuit {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Circuit name “" + name + "”: use lower-case letters, digits and hyphens.");
        }
        Objects.requireNonNull(when, "when");
        if (!TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("Circuit " + name + ": the target “" + target
                    + "” must be partner:<id> or resource:<id>.");
        }
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String id() {
        return "local." + name;
    }

    @Override
    public String version() {
        return "local";
    }

    @Override
    public String legalBasis() {
        return "circuit local";
    }

    @Override
    public boolean appliesTo(Situation situation) {
        return when.matches(situation);
    }

    @Override
    public void apply(Situation situation, DecisionBuilder decision) {
        decision.refer(target, urgency, channel, reason);
    }

    /** Whether some situation falls under both circuits. */
    public boolean overlaps(Circuit other) {
        return when.overlaps(other.when);
    }

    /** The circuits' targets that are not among {@code known} ({@code partner:<id>}, {@code resource:<id>}). */
    public static List<String> missingTargets(Collection<Circuit> circuits, Set<String> known) {
        return circuits.stream().filter(c -> !known.contains(c.target()))
                .map(c -> c.id() + " → " + c.target()).toList();
    }
}
