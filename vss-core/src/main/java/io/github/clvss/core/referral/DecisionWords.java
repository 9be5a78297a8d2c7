package io.github.clvss.core.referral;

import io.github.clvss.core.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A referral decision in words, in one language: the one place where urgencies, reporting
 * outcomes, duties, facts and fired rules become sentences. The simulator, the printed
 * decision and the command line all say a decision through it.
 */
public final class DecisionWords {

    private final Messages messages;

    /** @param messages the texts of the rules' codes, in the reader's language (see {@link RuleSet#messages}) */
    public DecisionWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The decision explained for a professional who is not a lawyer.
     *
     * @param decision the decision
     * @param situation the facts it was taken on
     * @param contacts whom each referral's target names ({@link LocalCircuits#contact})
     */
    public Explanation explain(Decision decision, Situation situation, Function<String, LocalCircuits.Contact> contacts) {
        List<Explanation.Contact> contacted = decision.referrals().stream().map(r -> {
            LocalCircuits.Contact contact = contacts.apply(r.target());
            return new Explanation.Contact(r.urgency(), urgency(r.urgency()), contact.name(), contact.reach(),
                    text("referral.channel." + r.channel()), text(r.reason()), r.rule());
        }).toList();
        List<Explanation.Report> reports = decision.reports().stream().map(r -> new Explanation.Report(r.modality(),
                capitalised(reporting(r)), r.legalBasis(), !r.consentNeeded() || situation.consent() == Facts.Consent.GIVEN,
                r.duties().stream().map(this::text).toList(), r.rule())).toList();
        List<String> duties = decision.reports().stream().flatMap(r -> r.duties().stream()).distinct()
                .map(this::text).toList();
        List<Explanation.Rule> fired = decision.trace().stream().map(f -> new Explanation.Rule(f.rule(), f.version(),
                f.legalBasis(), summary(f.rule()))).toList();
        return new Explanation(decision, facts(situation), contacted, reports, duties,
                toTellTheVictim(situation, decision), fired);
    }

    /** How soon, in words: "immédiatement", "sous 24 heures"… */
    public String urgency(Urgency urgency) {
        return text("referral.urgency." + kebab(urgency.name()));
    }

    /**
     * What the professional may or must do, to whom, with or without the victim's consent, as a
     * clause: "peut signaler au procureur de la République, sans que l'accord de la victime soit
     * nécessaire".
     */
    public String reporting(ReportingOutcome report) {
        return text("referral.modality." + kebab(report.modality().name())) + " "
                + text("referral.addressee." + kebab(report.addressee().name())) + ", "
                + text(report.consentNeeded() ? "referral.consent.needed" : "referral.consent.not-needed");
    }

    /** What the law's duties and the consent as entered mean for what the victim is told. */
    private List<String> toTellTheVictim(Situation situation, Decision decision) {
        List<String> lines = new ArrayList<>();
        boolean consentGiven = situation.consent() == Facts.Consent.GIVEN;
        if (!consentGiven && decision.reports().stream().anyMatch(ReportingOutcome::consentNeeded)) {
            lines.add(text("victim.ask-consent"));
        }
        if (decision.reports().stream().anyMatch(r -> r.duties().contains("duty.try-consent")) && !consentGiven) {
            lines.add(text("victim.seek-consent"));
        }
        if (decision.reports().stream().anyMatch(r -> r.duties().contains("duty.inform-victim")) && !consentGiven) {
            lines.add(text("victim.told-of-report"));
        }
        if (decision.reports().stream().anyMatch(r -> r.modality() != Modality.POWER && !r.consentNeeded())) {
            lines.add(text("victim.duty-to-act"));
        }
        if (!decision.referrals().isEmpty()) {
            lines.add(text(situation.immediateDanger() ? "victim.contacts-in-danger" : "victim.contacts"));
        }
        return List.copyOf(lines);
    }

    private List<Explanation.Fact> facts(Situation s) {
        List<Explanation.Fact> facts = new ArrayList<>();
        facts.add(fact("asker", s.asker().stream().map(c -> text("situation.capacity." + c.name()))
                .collect(java.util.stream.Collectors.joining(", "))));
        facts.add(fact("context", text("situation.context." + s.context().name())));
        facts.add(fact("age", text("situation.age." + s.age().name())));
        facts.add(fact("vulnerability", text("situation.vulnerability." + s.vulnerability().name())));
        facts.add(fact("relation", text("situation.relation." + s.relation().name())));
        facts.add(fact("violences", s.violences().isEmpty() ? text("situation.none")
                : s.violences().stream().map(v -> text("situation.violence." + v.name()))
                        .collect(java.util.stream.Collectors.joining(", "))));
        facts.add(fact("recency", text("situation.recency." + s.recency().name())));
        facts.add(fact("immediateDanger", yesNo(s, Facts.Flag.IMMEDIATE_DANGER, s.immediateDanger())));
        facts.add(fact("lifeInDanger", yesNo(s, Facts.Flag.LIFE_IN_DANGER, s.lifeInDanger())));
        facts.add(fact("emprise", yesNo(s, Facts.Flag.EMPRISE, s.emprise())));
        facts.add(fact("childrenExposed", yesNo(s, Facts.Flag.CHILDREN_EXPOSED, s.childrenExposed())));
        facts.add(fact("childVictim", yesNo(s, Facts.Flag.CHILD_VICTIM, s.childVictim())));
        facts.add(fact("cannotSpeak", yesNo(s, Facts.Flag.CANNOT_SPEAK, s.cannotSpeak())));
        facts.add(fact("deafOrHardOfHearing", yesNo(s, Facts.Flag.DEAF_OR_HARD_OF_HEARING, s.deafOrHardOfHearing())));
        facts.add(fact("needsShelter", yesNo(s, Facts.Flag.NEEDS_SHELTER, s.needsShelter())));
        facts.add(fact("consent", text("situation.consent." + s.consent().name())));
        facts.add(fact("institution", text("situation.institution." + s.institution().name())));
        facts.add(fact("learnedInFunctions", yesNo(s, Facts.Flag.LEARNED_IN_FUNCTIONS, s.learnedInFunctions())));
        facts.add(fact("offence", text("situation.offence." + s.offence().name())));
        if (!s.minorFacts().isEmpty()) {
            facts.add(fact("minorFacts", s.minorFacts().stream().map(f -> text("situation.minor-fact." + f.name()))
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        if (s.askerIs(Facts.Capacity.POLICE)) {
            facts.add(fact("judicialPoliceOfficer", yesNo(s, Facts.Flag.JUDICIAL_POLICE_OFFICER, s.judicialPoliceOfficer())));
        }
        if (s.dangerousWithWeapon() || !s.known(Facts.Flag.DANGEROUS_WITH_WEAPON)) {
            facts.add(fact("dangerousWithWeapon", yesNo(s, Facts.Flag.DANGEROUS_WITH_WEAPON, s.dangerousWithWeapon())));
        }
        return facts;
    }

    private Explanation.Fact fact(String fact, String answer) {
        return new Explanation.Fact(text("situation.fact." + fact), answer);
    }

    private String yesNo(Situation s, Facts.Flag flag, boolean value) {
        return s.known(flag) ? yesNo(value) : text("situation.unknown");
    }

    private String yesNo(boolean value) {
        return text(value ? "situation.yes" : "situation.no");
    }

    /** What a rule says: its text, or for a local circuit ({@code local.<name>}) a sentence naming it — never its id. */
    private String summary(String rule) {
        return rule.startsWith("local.") && !messages.knows(rule)
                ? messages.text("rule.local-circuit", List.of(rule.substring("local.".length())))
                : text(rule);
    }

    /** The text of a code without arguments: a reason, a duty, a rule's summary. */
    public String text(String code) {
        return messages.text(code, List.of());
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
