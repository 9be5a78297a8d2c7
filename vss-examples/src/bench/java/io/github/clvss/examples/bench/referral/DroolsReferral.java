package io.github.clvss.examples.bench.referral;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Situation;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The benchmark's rules run by Drools (classic engine, DRL compiled once, a stateless session per
 * decision): one DRL rule per {@link PlainRules.Plain}, its condition and action the same Java code,
 * salience giving the rule set's order.
 */
public final class DroolsReferral {

    private final StatelessKieSession session;
    private final String version;

    /**
     * @param plain the rules, in order
     * @param version the rule set's version the decisions carry
     */
    public DroolsReferral(List<PlainRules.Plain> plain, String version) {
        this.version = version;
        StringBuilder drl = new StringBuilder("""
                package io.github.clvss.examples.bench.referral.drl;
                import io.github.clvss.core.referral.Situation;
                import io.github.clvss.examples.bench.referral.Draft;
                import io.github.clvss.examples.bench.referral.PlainRules.Plain;
                global java.util.List plain;
                """);
        for (int i = 0; i < plain.size(); i++) {
            drl.append("rule \"r").append(i).append("\" salience ").append(plain.size() - i).append('\n')
                    .append("when\n  $s : Situation()\n  $d : Draft()\n  eval( ((Plain) plain.get(").append(i)
                    .append(")).when().test($s) )\nthen\n  ((Plain) plain.get(").append(i).append(")).fire($s, $d);\nend\n");
        }
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        files.write("src/main/resources/io/github/clvss/examples/bench/referral/drl/referral.drl", drl.toString());
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The DRL does not compile: " + builder.getResults().getMessages());
        }
        KieContainer container = kie.newKieContainer(kie.getRepository().getDefaultReleaseId());
        session = container.getKieBase().newStatelessKieSession();
        session.setGlobal("plain", plain);
    }

    /** The decision, as {@code RuleSet.decide(situation)}. */
    public Decision decide(Situation situation) {
        Draft draft = new Draft();
        session.execute(List.of(situation, draft));
        return draft.decision(version);
    }
}
