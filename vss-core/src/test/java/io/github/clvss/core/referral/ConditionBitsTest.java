package io.github.clvss.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionBitsTest {

    private final Random random = new Random(20);

    @Test
    void the_compiled_condition_matches_exactly_the_situations_the_condition_matches() {
        List<Situation> situations = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            situations.add(situation());
        }
        int matched = 0;
        for (int c = 0; c < 400; c++) {
            CircuitCondition condition = condition();
            ConditionBits bits = new ConditionBits(condition);
            for (Situation situation : situations) {
                assertThat(bits.test(situation)).as("%s on %s", condition, situation).isEqualTo(condition.matches(situation));
                matched += condition.matches(situation) ? 1 : 0;
            }
        }
        // the generated conditions are neither all too narrow nor all too wide to prove anything
        assertThat(matched).isBetween(400 * 400 / 100, 400 * 400 * 9 / 10);
    }

    @Test
    void the_condition_for_every_situation_matches_every_situation() {
        ConditionBits any = new ConditionBits(CircuitCondition.ANY);

        for (int i = 0; i < 200; i++) {
            assertThat(any.test(situation())).isTrue();
        }
    }

    private Situation situation() {
        AgeGroup age = one(AgeGroup.values());
        Set<Flag> unknown = EnumSet.noneOf(Flag.class);
        boolean[] flags = new boolean[Flag.values().length];
        for (Flag flag : Flag.values()) {
            switch (random.nextInt(3)) {
                case 0 -> flags[flag.ordinal()] = true;
                case 1 -> unknown.add(flag);
                default -> flags[flag.ordinal()] = false;
            }
        }
        if (flags[Flag.LIFE_IN_DANGER.ordinal()]) {
            flags[Flag.IMMEDIATE_DANGER.ordinal()] = true;
            unknown.remove(Flag.IMMEDIATE_DANGER);
        }
        Set<MinorFact> minorFacts = age == AgeGroup.MINOR || age == AgeGroup.UNKNOWN ? some(MinorFact.class, 0) : Set.of();
        return new Situation(age, one(Vulnerability.values()), one(Relation.values()), some(Violence.class, 0),
                one(Recency.values()), flags[Flag.IMMEDIATE_DANGER.ordinal()], flags[Flag.EMPRISE.ordinal()],
                flags[Flag.CHILDREN_EXPOSED.ordinal()], flags[Flag.CANNOT_SPEAK.ordinal()], flags[Flag.NEEDS_SHELTER.ordinal()],
                one(Consent.values()), some(Capacity.class, 1), one(Context.values()), flags[Flag.LIFE_IN_DANGER.ordinal()],
                flags[Flag.CHILD_VICTIM.ordinal()], flags[Flag.DEAF_OR_HARD_OF_HEARING.ordinal()],
                flags[Flag.LEARNED_IN_FUNCTIONS.ordinal()], flags[Flag.DANGEROUS_WITH_WEAPON.ordinal()],
                flags[Flag.JUDICIAL_POLICE_OFFICER.ordinal()], minorFacts, one(Offence.values()), one(Institution.values()),
                unknown);
    }

    /** A condition restricting a few facts, each to a few values. */
    private CircuitCondition condition() {
        return new CircuitCondition(maybe(AgeGroup.class), maybe(Vulnerability.class), maybe(Relation.class),
                maybe(Violence.class), maybe(Recency.class), maybeFlag(), maybeFlag(), maybeFlag(), maybeFlag(), maybeFlag(),
                maybe(Consent.class), maybe(Capacity.class), maybe(Context.class), maybe(Offence.class), maybeFlag(),
                maybeFlag(), maybeFlag(), maybeFlag(), maybe(Institution.class), maybeFlag(), maybeFlag());
    }

    private <T extends Enum<T>> Set<T> maybe(Class<T> type) {
        return random.nextInt(5) == 0 ? some(type, 1) : Set.of();
    }

    private Set<Boolean> maybeFlag() {
        return switch (random.nextInt(12)) {
            case 0 -> Set.of(true);
            case 1 -> Set.of(false);
            case 2 -> Set.of(true, false);
            default -> Set.of();
        };
    }

    private <T extends Enum<T>> Set<T> some(Class<T> type, int atLeast) {
        T[] values = type.getEnumConstants();
        Set<T> chosen = EnumSet.noneOf(type);
        for (T value : values) {
            if (random.nextInt(values.length) < 2) {
                chosen.add(value);
            }
        }
        while (chosen.size() < atLeast) {
            chosen.add(one(values));
        }
        return chosen;
    }

    private <T> T one(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
