package io.github.clvss.core.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision in words, in one language, for a professional who is not a lawyer: whom to
 * contact and how soon, whether a report is possible or required and on which legal basis,
 * what the law asks of the professional, and which rules fired. The simulator shows it and
 * the printed decision carries it.
 *
 * @param decision the decision it explains
 * @param situation the facts as entered, each as a question and its answer
 * @param contacts whom to contact, most urgent first
 * @param reports what the law says about reporting, in rule order
 * @param duties what the law asks of the professional, each once
 * @param toTellTheVictim what to say to the victim: her consent, a report made without it,
 *     her choice among the contacts
 * @param rules the rules that fired, in order
 */
public record Explanation(Decision decision, List<Fact> situation, List<Contact> contacts, List<Report> reports,
        List<String> duties, List<String> toTellTheVictim, List<Rule> rules) {

    public Explanation {
        Objects.requireNonNull(decision, "decision");
        situation = List.copyOf(situation);
        contacts = List.copyOf(contacts);
        reports = List.copyOf(reports);
        duties = List.copyOf(duties);
        toTellTheVictim = List.copyOf(toTellTheVictim);
        rules = List.copyOf(rules);
    }

    /** The rule set's version the decision was made under. */
    public String ruleSetVersion() {
        return decision.ruleSetVersion();
    }

    /**
     * One fact of the situation.
     *
     * @param question what was asked
     * @param answer what was answered
     */
    public record Fact(String question, String answer) {
    }

    /**
     * Whom to contact.
     *
     * @param urgency how soon, as a level
     * @param when how soon, in words
     * @param name whom
     * @param reach a number or an address, when known
     * @param how by phone, in person…
     * @param why why this contact
     * @param rule the rule that made it
     */
    public record Contact(Urgency urgency, String when, String name, Optional<String> reach, String how, String why,
            String rule) {
    }

    /**
     * One reporting outcome.
     *
     * @param modality may or must
     * @param sentence what the professional may or must do, to whom, with or without consent
     * @param legalBasis the article
     * @param possible whether it can be made with the consent as entered (a report that needs
     *     the victim's consent cannot be made while she has not given it)
     * @param duties what goes with it
     * @param rule the rule that said it
     */
    public record Report(Modality modality, String sentence, String legalBasis, boolean possible, List<String> duties,
            String rule) {

        public Report {
            duties = List.copyOf(duties);
        }
    }

    /**
     * A rule that fired.
     *
     * @param id its id
     * @param version its version
     * @param legalBasis its source
     * @param summary what it says, in words
     */
    public record Rule(String id, String version, String legalBasis, String summary) {
    }
}
