package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.Set;

/**
 * The situations a local circuit applies to: for each fact of a {@link Situation}, the set of
 * values it applies to; an empty set means any value. No expression language, so that two
 * conditions' overlap can be computed. A yes/no fact the situation does not know meets only an
 * empty set.
 *
 * @param ages age groups
 * @param vulnerabilities why the person cannot protect themselves ({@code NONE} included)
 * @param relations relations to the aggressor
 * @param violences kinds of violence — the situation must have one of them
 * @param recencies how recent
 * @param immediateDanger {@code true}, {@code false} or both (empty)
 * @param emprise {@code true}, {@code false} or both (empty)
 * @param childrenExposed {@code true}, {@code false} or both (empty)
 * @param cannotSpeak {@code true}, {@code false} or both (empty)
 * @param needsShelter {@code true}, {@code false} or both (empty)
 * @param consents the victim's consent
 * @param askers capacities of the person asking — the asker must hold one of them
 * @param contexts where the situation comes to light
 */
public record CircuitCondition(Set<AgeGroup> ages, Set<Vulnerability> vulnerabilities, Set<Relation> relations,
        Set<Violence> violences, Set<Recency> recencies, Set<Boolean> immediateDanger, Set<Boolean> emprise,
        Set<Boolean> childrenExposed, Set<Boolean> cannotSpeak, Set<Boolean> needsShelter, Set<Consent> consents,
        Set<Capacity> askers, Set<Context> contexts) {

    /** Every situation. */
    public static final CircuitCondition ANY = new CircuitCondition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public CircuitCondition {
        ages = Set.copyOf(ages);
        vulnerabilities = Set.copyOf(vulnerabilities);
        relations = Set.copyOf(relations);
        violences = Set.copyOf(violences);
        recencies = Set.copyOf(recencies);
        immediateDanger = Set.copyOf(immediateDanger);
        emprise = Set.copyOf(emprise);
        childrenExposed = Set.copyOf(childrenExposed);
        cannotSpeak = Set.copyOf(cannotSpeak);
        needsShelter = Set.copyOf(needsShelter);
        consents = Set.copyOf(consents);
        askers = Set.copyOf(askers);
        contexts = Set.copyOf(contexts);
    }

    /** Only these age groups. */
    public CircuitCondition ages(AgeGroup... values) {
        return new CircuitCondition(Set.of(values), vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts);
    }

    /** Only these relations to the aggressor. */
    public CircuitCondition relations(Relation... values) {
        return new CircuitCondition(ages, vulnerabilities, Set.of(values), violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts);
    }

    /** Only situations with one of these kinds of violence. */
    public CircuitCondition violences(Violence... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, Set.of(values), recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts);
    }

    /** Only in immediate danger ({@code true}) or only outside it ({@code false}). */
    public CircuitCondition immediateDanger(boolean value) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, Set.of(value), emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts);
    }

    /** Only when asked by one of these capacities. */
    public CircuitCondition askers(Capacity... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, Set.of(values), contexts);
    }

    /** Only where the situation comes to light in one of these contexts. */
    public CircuitCondition contexts(Context... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, Set.of(values));
    }

    /** Whether the situation meets every fact's set. */
    public boolean matches(Situation s) {
        return has(ages, s.age()) && has(vulnerabilities, s.vulnerability()) && has(relations, s.relation())
                && (violences.isEmpty() || s.violences().stream().anyMatch(violences::contains))
                && has(recencies, s.recency()) && flag(immediateDanger, s, Flag.IMMEDIATE_DANGER, s.immediateDanger())
                && flag(emprise, s, Flag.EMPRISE, s.emprise())
                && flag(childrenExposed, s, Flag.CHILDREN_EXPOSED, s.childrenExposed())
                && flag(cannotSpeak, s, Flag.CANNOT_SPEAK, s.cannotSpeak())
                && flag(needsShelter, s, Flag.NEEDS_SHELTER, s.needsShelter()) && has(consents, s.consent())
                && (askers.isEmpty() || s.asker().stream().anyMatch(askers::contains))
                && has(contexts, s.context());
    }

    /**
     * Whether some situation meets both conditions. Single-valued facts must share a value; a
     * situation may hold several kinds of violence and its asker several capacities, so those
     * always can.
     */
    public boolean overlaps(CircuitCondition o) {
        return meet(ages, o.ages) && meet(vulnerabilities, o.vulnerabilities) && meet(relations, o.relations)
                && meet(recencies, o.recencies) && meet(immediateDanger, o.immediateDanger) && meet(emprise, o.emprise)
                && meet(childrenExposed, o.childrenExposed) && meet(cannotSpeak, o.cannotSpeak)
                && meet(needsShelter, o.needsShelter) && meet(consents, o.consents) && meet(contexts, o.contexts);
    }

    /** A yes/no fact that is not known meets only a condition that takes any value. */
    private static boolean flag(Set<Boolean> values, Situation s, Flag flag, boolean value) {
        return values.isEmpty() || s.known(flag) && values.contains(value);
    }

    private static <T> boolean has(Set<T> values, T value) {
        return values.isEmpty() || values.contains(value);
    }

    private static <T> boolean meet(Set<T> a, Set<T> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
