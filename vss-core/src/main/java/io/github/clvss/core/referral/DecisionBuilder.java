package io.github.clvss.core.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule may do to a decision in progress: add a referral (the most urgent wins for a
 * target), add a reporting outcome. It offers no way to remove anything — so no rule, local
 * circuit or plug-in can switch off a legal duty another rule added.
 */
public final class DecisionBuilder {

    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final java.util.Set<String> first = new java.util.HashSet<>();
    private final List<ReportingOutcome> reports = new ArrayList<>();
    private final List<Firing> trace = new ArrayList<>();
    private String currentRule = "";

    DecisionBuilder() {
    }

    void firing(ReferralRule rule) {
        currentRule = rule.id();
        trace.add(new Firing(rule.id(), rule.version(), rule.legalBasis()));
    }

    /** Adds a referral; for a target already referred to, keeps the more urgent one. */
    public DecisionBuilder refer(String target, Urgency urgency, String channel, String reason) {
        Referral referral = new Referral(target, urgency, channel, reason, currentRule);
        referrals.merge(target, referral, (old, added) -> added.urgency().compareTo(old.urgency()) < 0 ? added : old);
        return this;
    }

    /**
     * Adds a referral that comes before the others of the same urgency (114 for a person who
     * cannot speak or is deaf or hard of hearing).
     */
    public DecisionBuilder referFirst(String target, Urgency urgency, String channel, String reason) {
        first.add(target);
        return refer(target, urgency, channel, reason);
    }

    /** Adds a reporting outcome. */
    public DecisionBuilder report(Addressee addressee, Modality modality, boolean consentNeeded, List<String> duties,
            String legalBasis) {
        reports.add(new ReportingOutcome(addressee, modality, consentNeeded, duties, legalBasis, currentRule));
        return this;
    }

    Decision build(String version, java.util.Optional<java.time.LocalDate> day) {
        List<Referral> ordered = new ArrayList<>(referrals.values());
        ordered.sort(Comparator.comparing(Referral::urgency).thenComparing(r -> !first.contains(r.target())));
        return new Decision(ordered, reports, trace, version, day);
    }
}
