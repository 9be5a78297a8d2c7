package io.github.clvss.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Decision;
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
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandWrittenReferralTest {

    private final RuleSet rules = TownCircuits.ruleSet();
    private final HandWrittenReferral handWritten = new HandWrittenReferral(rules.version());

    @Test
    void the_hand_written_code_decides_every_built_in_scenario_as_the_rule_set_does() {
        List<Situation> situations = BuiltInSituations.all();

        assertThat(situations).hasSizeGreaterThan(100);
        Set<String> fired = new HashSet<>();
        for (Situation situation : situations) {
            Decision expected = rules.decide(situation);
            assertThat(handWritten.decide(situation)).as("%s", situation).isEqualTo(expected);
            expected.trace().forEach(firing -> fired.add(firing.rule()));
        }
        // every rule in force and every circuit fired at least once: the comparison covers them all;
        // a rule that has ended (226-14 3° weapons before 2020, R4127-44 al. 2 before 2012) never fires undated
        assertThat(fired).containsAll(rules.rules().stream().filter(r -> r.inForceOn(java.time.LocalDate.MAX))
                .map(r -> r.id()).toList());
        assertThat(rules.rules().stream().filter(r -> !r.inForceOn(java.time.LocalDate.MAX)).map(r -> r.id()))
                .containsExactlyInAnyOrder("fr.226-14-3-weapons", "fr.csp-r4127-44-2004");
    }

    @Test
    void the_hand_written_code_decides_generated_situations_as_the_rule_set_does() {
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            Situation situation = situation(random);
            assertThat(handWritten.decide(situation)).as("%s", situation).isEqualTo(rules.decide(situation));
        }
    }

    private static Situation situation(Random random) {
        AgeGroup age = one(random, AgeGroup.values());
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
        Set<MinorFact> minorFacts = age == AgeGroup.MINOR || age == AgeGroup.UNKNOWN ? some(random, MinorFact.class, 0) : Set.of();
        return new Situation(age, one(random, Vulnerability.values()), one(random, Relation.values()),
                some(random, Violence.class, 0), one(random, Recency.values()), flags[Flag.IMMEDIATE_DANGER.ordinal()],
                flags[Flag.EMPRISE.ordinal()], flags[Flag.CHILDREN_EXPOSED.ordinal()], flags[Flag.CANNOT_SPEAK.ordinal()],
                flags[Flag.NEEDS_SHELTER.ordinal()], one(random, Consent.values()), some(random, Capacity.class, 1),
                one(random, Context.values()), flags[Flag.LIFE_IN_DANGER.ordinal()], flags[Flag.CHILD_VICTIM.ordinal()],
                flags[Flag.DEAF_OR_HARD_OF_HEARING.ordinal()], flags[Flag.LEARNED_IN_FUNCTIONS.ordinal()],
                flags[Flag.DANGEROUS_WITH_WEAPON.ordinal()], flags[Flag.JUDICIAL_POLICE_OFFICER.ordinal()], minorFacts,
                one(random, Offence.values()), one(random, Institution.values()), unknown);
    }

    private static <T extends Enum<T>> Set<T> some(Random random, Class<T> type, int atLeast) {
        T[] values = type.getEnumConstants();
        Set<T> chosen = EnumSet.noneOf(type);
        for (T value : values) {
            if (random.nextInt(values.length) < 2) {
                chosen.add(value);
            }
        }
        while (chosen.size() < atLeast) {
            chosen.add(one(random, values));
        }
        return chosen;
    }

    private static <T> T one(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
