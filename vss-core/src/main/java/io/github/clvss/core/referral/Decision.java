package io.github.clvss.core.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules say for a situation: ordered referrals, reporting outcomes, and the trace of
 * every rule that fired, under the rule set's version.
 *
 * @param referrals most urgent first
 * @param reports reporting outcomes, in rule order
 * @param trace the rules that fired, in order
 * @param ruleSetVersion names the vss version, the circuits' revision and the plug-ins
 * @param date the day the decision applies the law of (the day the professional acts); empty
 *     when it was taken under the rules in force with no end date ({@link RuleSet#decide(Situation)})
 */
public record Decision(List<Referral> referrals, List<ReportingOutcome> reports, List<Firing> trace, String ruleSetVersion,
        Optional<LocalDate> date) {

    public Decision {
        referrals = List.copyOf(referrals);
        reports = List.copyOf(reports);
        trace = List.copyOf(trace);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(date, "date");
    }

    /** The outcome for an addressee under a legal basis, if the decision holds one. */
    public Optional<ReportingOutcome> report(Addressee addressee, String legalBasisStart) {
        return reports.stream().filter(r -> r.addressee() == addressee && r.legalBasis().startsWith(legalBasisStart)).findFirst();
    }
}
