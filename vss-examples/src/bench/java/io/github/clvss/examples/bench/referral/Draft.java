package io.github.clvss.examples.bench.referral;

import io.github.clvss.core.referral.Addressee;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Firing;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A decision in progress for the rules run by another engine (Easy Rules, Drools): what their actions write to. */
public final class Draft {

    /** Most urgent first; among the immediate ones, 114 first. */
    private static final Comparator<Referral> ORDER = Comparator.comparing(Referral::urgency)
            .thenComparing(r -> !r.target().equals("sms:114"));

    private final List<Referral> referrals = new ArrayList<>();
    private final List<ReportingOutcome> reports = new ArrayList<>();
    private final List<Firing> trace = new ArrayList<>();
    private String rule = "";

    void fired(Firing firing) {
        rule = firing.rule();
        trace.add(firing);
    }

    Draft refer(String target, Urgency urgency, String channel, String reason) {
        for (int i = 0; i < referrals.size(); i++) {
            Referral old = referrals.get(i);
            if (old.target().equals(target)) {
                if (urgency.compareTo(old.urgency()) < 0) {
                    referrals.set(i, new Referral(target, urgency, channel, reason, rule));
                }
                return this;
            }
        }
        referrals.add(new Referral(target, urgency, channel, reason, rule));
        return this;
    }

    void report(Addressee addressee, Modality modality, boolean consentNeeded, List<String> duties, String legalBasis) {
        reports.add(new ReportingOutcome(addressee, modality, consentNeeded, duties, legalBasis, rule));
    }

    Decision decision(String version) {
        referrals.sort(ORDER);
        return new Decision(referrals, reports, trace, version, Optional.empty());
    }
}
