package io.github.clvss.examples.bench;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Measures a rule set's decisions over vss's built-in scenario situations: time and bytes
 * allocated per decision, after a warm-up, on one thread. Run it with
 * {@code java -cp vss-examples/target/vss.jar io.github.clvss.examples.bench.ReferralBenchmark [ROUNDS]}.
 * A measured script, not a JMH harness: read the numbers as an order of magnitude. The JMH
 * comparison with hand-written code, Easy Rules and Drools is the {@code referral-bench} profile
 * ({@code docs/performance.md}, "Referral decisions").
 */
public final class ReferralBenchmark {

    private ReferralBenchmark() {
    }

    /** Prints the report. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        RuleSet rules = RuleSet.builder().discover(ReferralBenchmark.class.getClassLoader()).build();
        List<Situation> situations = BuiltInSituations.all();
        long sink = run(rules, situations, rounds / 4);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long bytesBefore = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        sink += run(rules, situations, rounds);
        long elapsed = System.nanoTime() - start;
        long bytes = threads.getThreadAllocatedBytes(id) - bytesBefore;
        long decisions = (long) rounds * situations.size();
        System.out.printf("rule set: %s%n", rules.version());
        System.out.printf("java %s on %d processor(s)%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%d decisions over %d situations: %.0f ns and %d bytes allocated per decision (%.0f decisions/s)%n",
                decisions, situations.size(), (double) elapsed / decisions, bytes / decisions,
                decisions / (elapsed / 1e9));
        System.out.printf("(checksum %d)%n", sink);
    }

    private static long run(RuleSet rules, List<Situation> situations, int rounds) {
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (Situation situation : situations) {
                Decision decision = rules.decide(situation);
                sink += decision.referrals().size() + decision.reports().size();
            }
        }
        return sink;
    }
}
