package io.github.clvss.examples.bench.referral;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.examples.bench.BuiltInSituations;
import io.github.clvss.examples.bench.HandWrittenReferral;
import io.github.clvss.examples.bench.TownCircuits;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One referral decision (vss's French rules and three local circuits) over the built-in
 * scenarios' situations, taken in turn: by vss's rule set, by the same rules hand-written as
 * if/else, by Easy Rules and by Drools. Before measuring, every engine must give the rule set's
 * decision for every situation, or the run stops.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReferralDecisions {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private Situation[] situations;
    private int next;
    private RuleSet rules;
    private HandWrittenReferral handWritten;
    private EasyRulesReferral easyRules;
    private DroolsReferral drools;

    /** Compiles every engine once and checks they decide alike. */
    @Setup
    public void compile() {
        List<Situation> all = BuiltInSituations.all();
        situations = all.toArray(Situation[]::new);
        rules = TownCircuits.ruleSet();
        handWritten = new HandWrittenReferral(rules.version());
        List<PlainRules.Plain> plain = PlainRules.of(rules);
        easyRules = new EasyRulesReferral(plain, rules.version());
        drools = new DroolsReferral(plain, rules.version());
        for (Situation situation : situations) {
            Decision expected = rules.decide(situation);
            same("hand-written", expected, handWritten.decide(situation));
            same("Easy Rules", expected, easyRules.decide(situation));
            same("Drools", expected, drools.decide(situation));
        }
    }

    private static void same(String engine, Decision expected, Decision actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(engine + " decides otherwise than vss:\n" + actual + "\ninstead of\n" + expected);
        }
    }

    private Situation situation() {
        Situation situation = situations[next];
        next = next + 1 == situations.length ? 0 : next + 1;
        return situation;
    }

    /** vss's rule set, under the rules in force with no end date. */
    @Benchmark
    public Decision vss() {
        return rules.decide(situation());
    }

    /** vss's rule set on a given day (each rule's period checked). */
    @Benchmark
    public Decision vssOnADay() {
        return rules.decide(situation(), DAY);
    }

    /** The same decisions written by hand. */
    @Benchmark
    public Decision handWritten() {
        return handWritten.decide(situation());
    }

    /** Easy Rules 4.1.0. */
    @Benchmark
    public Decision easyRules() {
        return easyRules.decide(situation());
    }

    /** Drools, classic engine, stateless session. */
    @Benchmark
    public Decision drools() {
        return drools.decide(situation());
    }
}
