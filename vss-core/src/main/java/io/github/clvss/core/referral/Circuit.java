package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A town's local circuit: for the situations it applies to, who handles them and how soon.
 * Its condition is, for each fact, the set of values it applies to — an empty set means any
 * value — so that two circuits' overlap can be computed. A circuit only adds a referral: it can
 * never switch off a legal duty.
 *
 * @param name a short name, lower case, digits and hyphens ({@code urgences-ambroise-pare}); the rule id is {@code local.<name>}
 * @param ages age groups it applies to
 * @param relations relations to the aggressor it applies to
 * @param violences kinds of violence it applies to (any of them)
 * @param askers capacities of the person asking it applies to (any of them)
 * @param immediateDanger whether it applies in immediate danger, outside it, or both (empty)
 * @param target {@code partner:<id>} or {@code resource:<id>}
 * @param urgency how soon
 * @param channel how
 * @param reason the text code of why
 */
public record Circuit(String name, Set<AgeGroup> ages, Set<Relation> relations, Set<Violence> violences,
        Set<Capacity> askers, Set<Boolean> immediateDanger, String target, Urgency urgency, String channel, String reason)
        implements ReferralRule {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TARGET = Pattern.compile("(partner|resource):[A-Za-z0-9-]+");

    public Circuit {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Circuit name “" + name + "”: use lower-case letters, digits and hyphens.");
        }
        ages = Set.copyOf(ages);
        relations = Set.copyOf(relations);
        violences = Set.copyOf(violences);
        askers = Set.copyOf(askers);
        immediateDanger = Set.copyOf(immediateDanger);
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
        return matches(ages, situation.age())
                && matches(relations, situation.relation())
                && (violences.isEmpty() || situation.violences().stream().anyMatch(violences::contains))
                && (askers.isEmpty() || situation.asker().stream().anyMatch(askers::contains))
                && matches(immediateDanger, situation.immediateDanger());
    }

    @Override
    public void apply(Situation situation, DecisionBuilder decision) {
        decision.refer(target, urgency, channel, reason);
    }

    /**
     * Whether some situation falls under both circuits. Single-valued facts must share a value;
     * a situation may hold several kinds of violence and its asker several capacities, so those
     * always can.
     */
    public boolean overlaps(Circuit other) {
        return intersect(ages, other.ages) && intersect(relations, other.relations)
                && intersect(immediateDanger, other.immediateDanger);
    }

    /** The circuits' targets that are not among {@code known} ({@code partner:<id>}, {@code resource:<id>}). */
    public static List<String> missingTargets(Collection<Circuit> circuits, Set<String> known) {
        return circuits.stream().filter(c -> !known.contains(c.target()))
                .map(c -> c.id() + " → " + c.target()).toList();
    }

    private static <T> boolean matches(Set<T> values, T value) {
        return values.isEmpty() || values.contains(value);
    }

    private static <T> boolean intersect(Set<T> a, Set<T> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
