package io.github.clvss.examples.bench.referral;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Situation;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/** The benchmark's rules run by Easy Rules 4.1.0: one rule per {@link PlainRules.Plain}, by priority in the rule set's order. */
public final class EasyRulesReferral {

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();
    private final String version;

    /**
     * @param plain the rules, in order
     * @param version the rule set's version the decisions carry
     */
    public EasyRulesReferral(List<PlainRules.Plain> plain, String version) {
        this.version = version;
        for (int i = 0; i < plain.size(); i++) {
            PlainRules.Plain rule = plain.get(i);
            rules.register(new RuleBuilder().name(String.format("r%03d", i)).description(rule.firing().rule()).priority(i)
                    .when(facts -> rule.when().test(facts.get("situation")))
                    .then(facts -> rule.fire(facts.get("situation"), facts.get("draft")))
                    .build());
        }
    }

    /** The decision, as {@code RuleSet.decide(situation)}. */
    public Decision decide(Situation situation) {
        Draft draft = new Draft();
        Facts facts = new Facts();
        facts.put("situation", situation);
        facts.put("draft", draft);
        engine.fire(rules, facts);
        return draft.decision(version);
    }
}
