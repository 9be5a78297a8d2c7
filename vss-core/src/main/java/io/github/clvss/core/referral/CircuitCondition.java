package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.ArrayList;
import java.util.List;
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
 * @param offences how the criminal law qualifies the facts (crime, délit…)
 * @param lifeInDanger the victim's life in immediate danger: {@code true}, {@code false} or both (empty)
 * @param childVictim a child is a victim too: {@code true}, {@code false} or both (empty)
 * @param dangerousWithWeapon the person consulting is dangerous and holds or wants a weapon: {@code true}, {@code false} or both (empty)
 * @param deafOrHardOfHearing the person is deaf or hard of hearing: {@code true}, {@code false} or both (empty)
 * @param institutions the institution the asker works for
 * @param learnedInFunctions the asker learned the facts in the exercise of their functions: {@code true}, {@code false} or both (empty)
 * @param judicialPoliceOfficer the asker is an officier de police judiciaire: {@code true}, {@code false} or both (empty)
 */
public record CircuitCondition(Set<AgeGroup> ages, Set<Vulnerability> vulnerabilities, Set<Relation> relations,
        Set<Violence> violences, Set<Recency> recencies, Set<Boolean> immediateDanger, Set<Boolean> emprise,
        Set<Boolean> childrenExposed, Set<Boolean> cannotSpeak, Set<Boolean> needsShelter, Set<Consent> consents,
        Set<Capacity> askers, Set<Context> contexts, Set<Offence> offences, Set<Boolean> lifeInDanger,
        Set<Boolean> childVictim, Set<Boolean> dangerousWithWeapon, Set<Boolean> deafOrHardOfHearing,
        Set<Institution> institutions, Set<Boolean> learnedInFunctions, Set<Boolean> judicialPoliceOfficer) {

    /** Every situation. */
    public static final CircuitCondition ANY = new CircuitCondition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * A condition on the facts of the first circuits (contract file 1.3 to 1.5): the facts added
     * since — crime or délit, life in danger, child victim, weapon, deafness, the asker's
     * institution, learned in functions, officier de police judiciaire — take any value.
     */
    public CircuitCondition(Set<AgeGroup> ages, Set<Vulnerability> vulnerabilities, Set<Relation> relations,
            Set<Violence> violences, Set<Recency> recencies, Set<Boolean> immediateDanger, Set<Boolean> emprise,
            Set<Boolean> childrenExposed, Set<Boolean> cannotSpeak, Set<Boolean> needsShelter, Set<Consent> consents,
            Set<Capacity> askers, Set<Context> contexts) {
        this(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise, childrenExposed, cannotSpeak,
                needsShelter, consents, askers, contexts, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());
    }

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
        offences = Set.copyOf(offences);
        lifeInDanger = Set.copyOf(lifeInDanger);
        childVictim = Set.copyOf(childVictim);
        dangerousWithWeapon = Set.copyOf(dangerousWithWeapon);
        deafOrHardOfHearing = Set.copyOf(deafOrHardOfHearing);
        institutions = Set.copyOf(institutions);
        learnedInFunctions = Set.copyOf(learnedInFunctions);
        judicialPoliceOfficer = Set.copyOf(judicialPoliceOfficer);
    }

    /** Only these age groups. */
    public CircuitCondition ages(AgeGroup... values) {
        return new CircuitCondition(Set.of(values), vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only these relations to the aggressor. */
    public CircuitCondition relations(Relation... values) {
        return new CircuitCondition(ages, vulnerabilities, Set.of(values), violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only situations with one of these kinds of violence. */
    public CircuitCondition violences(Violence... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, Set.of(values), recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only in immediate danger ({@code true}) or only outside it ({@code false}). */
    public CircuitCondition immediateDanger(boolean value) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, Set.of(value), emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only when asked by one of these capacities. */
    public CircuitCondition askers(Capacity... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, Set.of(values), contexts, offences, lifeInDanger,
                childVictim, dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only where the situation comes to light in one of these contexts. */
    public CircuitCondition contexts(Context... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, Set.of(values), offences, lifeInDanger,
                childVictim, dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only facts the asker qualifies as one of these (a crime, a délit…). */
    public CircuitCondition offences(Offence... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, Set.of(values), lifeInDanger,
                childVictim, dangerousWithWeapon, deafOrHardOfHearing, institutions, learnedInFunctions, judicialPoliceOfficer);
    }

    /** Only when the asker works for one of these institutions. */
    public CircuitCondition institutions(Institution... values) {
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies, immediateDanger, emprise,
                childrenExposed, cannotSpeak, needsShelter, consents, askers, contexts, offences, lifeInDanger, childVictim,
                dangerousWithWeapon, deafOrHardOfHearing, Set.of(values), learnedInFunctions, judicialPoliceOfficer);
    }

    /**
     * Only when a yes/no fact has this value (it must then be known). Every {@link Flag} a
     * circuit can test: immediate danger, life in danger, emprise, children exposed, child
     * victim, cannot speak, deaf or hard of hearing, needs shelter, learned in functions,
     * dangerous with a weapon, officier de police judiciaire.
     */
    public CircuitCondition when(Flag flag, boolean value) {
        Set<Boolean> v = Set.of(value);
        return new CircuitCondition(ages, vulnerabilities, relations, violences, recencies,
                flag == Flag.IMMEDIATE_DANGER ? v : immediateDanger, flag == Flag.EMPRISE ? v : emprise,
                flag == Flag.CHILDREN_EXPOSED ? v : childrenExposed, flag == Flag.CANNOT_SPEAK ? v : cannotSpeak,
                flag == Flag.NEEDS_SHELTER ? v : needsShelter, consents, askers, contexts, offences,
                flag == Flag.LIFE_IN_DANGER ? v : lifeInDanger, flag == Flag.CHILD_VICTIM ? v : childVictim,
                flag == Flag.DANGEROUS_WITH_WEAPON ? v : dangerousWithWeapon,
                flag == Flag.DEAF_OR_HARD_OF_HEARING ? v : deafOrHardOfHearing, institutions,
                flag == Flag.LEARNED_IN_FUNCTIONS ? v : learnedInFunctions,
                flag == Flag.JUDICIAL_POLICE_OFFICER ? v : judicialPoliceOfficer);
    }

    /**
     * One fact a condition restricts, as message keys: the fact ({@code situation.fact.age}) and
     * its values ({@code situation.age.MINOR}, or {@code situation.yes} / {@code situation.no}),
     * for a reader to put in words in their language.
     *
     * @param fact the fact's message key
     * @param values the message keys of the values the condition takes, in order
     */
    public record Restriction(String fact, List<String> values) {

        public Restriction {
            values = List.copyOf(values);
        }
    }

    /** The facts this condition restricts, in the situation's order; empty for {@link #ANY}. */
    public List<Restriction> restrictions() {
        List<Restriction> said = new ArrayList<>();
        said(said, "age", ages, "situation.age.");
        said(said, "vulnerability", vulnerabilities, "situation.vulnerability.");
        said(said, "relation", relations, "situation.relation.");
        said(said, "violences", violences, "situation.violence.");
        said(said, "recency", recencies, "situation.recency.");
        said(said, "immediateDanger", immediateDanger);
        said(said, "lifeInDanger", lifeInDanger);
        said(said, "emprise", emprise);
        said(said, "childrenExposed", childrenExposed);
        said(said, "childVictim", childVictim);
        said(said, "cannotSpeak", cannotSpeak);
        said(said, "deafOrHardOfHearing", deafOrHardOfHearing);
        said(said, "needsShelter", needsShelter);
        said(said, "dangerousWithWeapon", dangerousWithWeapon);
        said(said, "offence", offences, "situation.offence.");
        said(said, "consent", consents, "situation.consent.");
        said(said, "asker", askers, "situation.capacity.");
        said(said, "institution", institutions, "situation.institution.");
        said(said, "learnedInFunctions", learnedInFunctions);
        said(said, "judicialPoliceOfficer", judicialPoliceOfficer);
        said(said, "context", contexts, "situation.context.");
        return List.copyOf(said);
    }

    private static <T extends Enum<T>> void said(List<Restriction> said, String fact, Set<T> values, String prefix) {
        if (!values.isEmpty()) {
            said.add(new Restriction("situation.fact." + fact, values.stream().sorted().map(v -> prefix + v.name()).toList()));
        }
    }

    private static void said(List<Restriction> said, String fact, Set<Boolean> values) {
        if (!values.isEmpty()) {
            said.add(new Restriction("situation.fact." + fact, values.stream().sorted(java.util.Comparator.reverseOrder())
                    .map(v -> v ? "situation.yes" : "situation.no").toList()));
        }
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
                && has(contexts, s.context()) && has(offences, s.offence())
                && flag(lifeInDanger, s, Flag.LIFE_IN_DANGER, s.lifeInDanger())
                && flag(childVictim, s, Flag.CHILD_VICTIM, s.childVictim())
                && flag(dangerousWithWeapon, s, Flag.DANGEROUS_WITH_WEAPON, s.dangerousWithWeapon())
                && flag(deafOrHardOfHearing, s, Flag.DEAF_OR_HARD_OF_HEARING, s.deafOrHardOfHearing())
                && has(institutions, s.institution())
                && flag(learnedInFunctions, s, Flag.LEARNED_IN_FUNCTIONS, s.learnedInFunctions())
                && flag(judicialPoliceOfficer, s, Flag.JUDICIAL_POLICE_OFFICER, s.judicialPoliceOfficer());
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
                && meet(needsShelter, o.needsShelter) && meet(consents, o.consents) && meet(contexts, o.contexts)
                && meet(offences, o.offences) && meet(lifeInDanger, o.lifeInDanger) && meet(childVictim, o.childVictim)
                && meet(dangerousWithWeapon, o.dangerousWithWeapon) && meet(deafOrHardOfHearing, o.deafOrHardOfHearing)
                && meet(institutions, o.institutions) && meet(learnedInFunctions, o.learnedInFunctions)
                && meet(judicialPoliceOfficer, o.judicialPoliceOfficer);
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
