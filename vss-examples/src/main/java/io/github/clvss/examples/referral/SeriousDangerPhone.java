package io.github.clvss.examples.referral;

import io.github.clvss.core.referral.DecisionBuilder;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.ReferralRule;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import java.util.Optional;

/**
 * A town's rule: an adult victim of violence within the couple in immediate danger is put
 * forward, within 24 hours, for a serious-danger phone (téléphone grave danger, which the
 * procureur grants — art. 41-3-1 of the code de procédure pénale). Like every plug-in, it
 * only adds: the legal duties of vss's French rules stay in the decision.
 */
public final class SeriousDangerPhone implements ReferralRule {

    /** Where this rule's texts are. */
    public static final String TEXTS = "io.github.clvss.examples.referral.rules";

    @Override
    public String id() {
        return "example.serious-danger-phone";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String legalBasis() {
        return "art. 41-3-1 du code de procédure pénale";
    }

    @Override
    public boolean appliesTo(Situation situation) {
        return situation.withinCouple() && situation.immediateDanger() && situation.age() != AgeGroup.MINOR;
    }

    @Override
    public void apply(Situation situation, DecisionBuilder decision) {
        decision.refer("service:serious-danger-phone", Urgency.WITHIN_24_HOURS, "visit", "example.serious-danger-phone.reason");
    }

    @Override
    public Optional<String> texts() {
        return Optional.of(TEXTS);
    }
}
