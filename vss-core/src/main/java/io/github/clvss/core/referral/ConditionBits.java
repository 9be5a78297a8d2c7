package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Violence;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A {@link CircuitCondition} compiled once for a rule set: each fact's set of values as a bit
 * set over the enumeration's ordinals (0 = any value), each yes/no fact as the values it takes.
 * {@link #test(Situation)} says what {@link CircuitCondition#matches(Situation)} says, without
 * hashing, streams or allocation.
 */
final class ConditionBits implements Predicate<Situation> {

    private static final Violence[] VIOLENCES = Violence.values();
    private static final Capacity[] CAPACITIES = Capacity.values();
    private static final Flag[] FLAGS = Flag.values();

    private final long ages;
    private final long vulnerabilities;
    private final long relations;
    private final long violences;
    private final long recencies;
    private final long consents;
    private final long askers;
    private final long contexts;
    private final long offences;
    private final long institutions;
    /** The yes/no facts the condition restricts: the situation must know them. */
    private final int restricted;
    /** Of those, the ones that may be true. */
    private final int mayBeTrue;
    /** Of those, the ones that may be false. */
    private final int mayBeFalse;

    ConditionBits(CircuitCondition c) {
        ages = bits(c.ages());
        vulnerabilities = bits(c.vulnerabilities());
        relations = bits(c.relations());
        violences = bits(c.violences());
        recencies = bits(c.recencies());
        consents = bits(c.consents());
        askers = bits(c.askers());
        contexts = bits(c.contexts());
        offences = bits(c.offences());
        institutions = bits(c.institutions());
        int r = 0;
        int t = 0;
        int f = 0;
        for (Flag flag : FLAGS) {
            Set<Boolean> values = values(c, flag);
            if (!values.isEmpty()) {
                r |= 1 << flag.ordinal();
                t |= values.contains(true) ? 1 << flag.ordinal() : 0;
                f |= values.contains(false) ? 1 << flag.ordinal() : 0;
            }
        }
        restricted = r;
        mayBeTrue = t;
        mayBeFalse = f;
    }

    @Override
    public boolean test(Situation s) {
        return in(ages, s.age()) && in(vulnerabilities, s.vulnerability()) && in(relations, s.relation())
                && in(recencies, s.recency()) && in(consents, s.consent()) && in(contexts, s.context())
                && in(offences, s.offence()) && in(institutions, s.institution())
                && (violences == 0 || any(violences, s.violences(), VIOLENCES))
                && (askers == 0 || any(askers, s.asker(), CAPACITIES))
                && (restricted == 0 || flags(s));
    }

    private static boolean in(long bits, Enum<?> value) {
        return bits == 0 || (bits & 1L << value.ordinal()) != 0;
    }

    /** Whether the situation holds one of the values in {@code bits}. */
    private static <E extends Enum<E>> boolean any(long bits, Set<E> held, E[] values) {
        for (long rest = bits; rest != 0; rest &= rest - 1) {
            if (held.contains(values[Long.numberOfTrailingZeros(rest)])) {
                return true;
            }
        }
        return false;
    }

    private boolean flags(Situation s) {
        Set<Flag> unknown = s.unknown();
        for (int rest = restricted; rest != 0; rest &= rest - 1) {
            int i = Integer.numberOfTrailingZeros(rest);
            Flag flag = FLAGS[i];
            if (unknown.contains(flag) || ((value(s, flag) ? mayBeTrue : mayBeFalse) & 1 << i) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean value(Situation s, Flag flag) {
        return switch (flag) {
            case IMMEDIATE_DANGER -> s.immediateDanger();
            case LIFE_IN_DANGER -> s.lifeInDanger();
            case EMPRISE -> s.emprise();
            case CHILDREN_EXPOSED -> s.childrenExposed();
            case CHILD_VICTIM -> s.childVictim();
            case CANNOT_SPEAK -> s.cannotSpeak();
            case DEAF_OR_HARD_OF_HEARING -> s.deafOrHardOfHearing();
            case NEEDS_SHELTER -> s.needsShelter();
            case LEARNED_IN_FUNCTIONS -> s.learnedInFunctions();
            case DANGEROUS_WITH_WEAPON -> s.dangerousWithWeapon();
            case JUDICIAL_POLICE_OFFICER -> s.judicialPoliceOfficer();
        };
    }

    private static Set<Boolean> values(CircuitCondition c, Flag flag) {
        return switch (flag) {
            case IMMEDIATE_DANGER -> c.immediateDanger();
            case LIFE_IN_DANGER -> c.lifeInDanger();
            case EMPRISE -> c.emprise();
            case CHILDREN_EXPOSED -> c.childrenExposed();
            case CHILD_VICTIM -> c.childVictim();
            case CANNOT_SPEAK -> c.cannotSpeak();
            case DEAF_OR_HARD_OF_HEARING -> c.deafOrHardOfHearing();
            case NEEDS_SHELTER -> c.needsShelter();
            case LEARNED_IN_FUNCTIONS -> c.learnedInFunctions();
            case DANGEROUS_WITH_WEAPON -> c.dangerousWithWeapon();
            case JUDICIAL_POLICE_OFFICER -> c.judicialPoliceOfficer();
        };
    }

    private static long bits(Set<? extends Enum<?>> values) {
        long bits = 0;
        for (Enum<?> value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }
}
